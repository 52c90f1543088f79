using System.Globalization;
using System.Text.Json;
using System.Xml;
using SpaceFilm.Quiz;

namespace SpaceFilm.Quiz.Tests;

public sealed class FactJsonWriterTests : IDisposable
{
    private readonly JsonDocument _document;

    public FactJsonWriterTests()
    {
        var run = CapturedRun.Of(["facts", "--json"]);
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        _document = JsonDocument.Parse(run.Output);
    }

    public void Dispose() => _document.Dispose();

    private JsonElement Root => _document.RootElement;

    private IEnumerable<JsonElement> Entries => Root.GetProperty("entries").EnumerateArray();

    private IEnumerable<JsonElement> Constants => Root.GetProperty("constants").EnumerateArray();

    [Fact]
    public void Output_is_one_json_object_of_entries_and_constants()
    {
        Root.ValueKind.ShouldBe(JsonValueKind.Object);
        Root.GetProperty("namespace").GetString().ShouldBe(typeof(Person).Namespace);
        foreach (var entry in Entries)
        {
            entry.GetProperty("kind").GetString().ShouldNotBeNullOrEmpty();
            entry.GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
            entry.GetProperty("fields").ValueKind.ShouldBe(JsonValueKind.Object);
            entry.GetProperty("evidence").ValueKind.ShouldBe(JsonValueKind.Array);
        }

        Entries.Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("id").GetString())).ShouldBeUnique();
    }

    [Fact]
    public void Every_entry_of_every_kind_is_written_once()
    {
        CountOf(nameof(Person)).ShouldBe(Person.All.Count);
        CountOf(nameof(Organisation)).ShouldBe(Organisation.All.Count);
        CountOf(nameof(Place)).ShouldBe(Place.All.Count);
        CountOf(nameof(Spacecraft)).ShouldBe(Spacecraft.All.Count);
        CountOf(nameof(Animal)).ShouldBe(Animal.All.Count);
        CountOf(nameof(Film)).ShouldBe(Film.All.Count);
        CountOf(nameof(Mission)).ShouldBe(Mission.All.Count);
        CountOf(nameof(Event)).ShouldBe(Event.All.Count);
        CountOf(nameof(Quotation)).ShouldBe(Quotation.All.Count);
        CountOf(nameof(Milestone)).ShouldBe(Milestone.All.Count);
        Root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldBe(Facts.Sources.All.Select(s => s.Id));

        IdsOf(nameof(Person)).ShouldBe(Person.All.Select(p => p.Id));
        IdsOf(nameof(Event)).ShouldBe(Event.All.Select(e => e.Id));
        Entries.Count().ShouldBe(
            Person.All.Count + Organisation.All.Count + Place.All.Count + Spacecraft.All.Count + Animal.All.Count + Film.All.Count
            + Mission.All.Count + Event.All.Count + Quotation.All.Count + Milestone.All.Count);
    }

    [Fact]
    public void Every_constant_is_written_with_its_value_and_evidence()
    {
        string[] names =
        [
            nameof(Facts.CandidatesAuditioned), nameof(Facts.DaysOnStation), nameof(Facts.NovitskyMonthsOnStation),
            nameof(Facts.LostAttitudeControl), nameof(Facts.RecoveryHelicopters), nameof(Facts.RehabDuration),
            nameof(Facts.OtherCameoCosmonauts), nameof(Facts.YearsSinceGagarin), nameof(Facts.JapaneseTouristsScheduled),
        ];

        Constants.Select(c => c.GetProperty("id").GetString()).ShouldBe(names, ignoreOrder: true);
        Constants.Count().ShouldBe(Facts.Model.Constants.Count);
        foreach (var constant in Constants)
        {
            constant.GetProperty("kind").GetString().ShouldBe(FactJsonWriter.ConstantKind);
            var name = constant.GetProperty("id").GetString()!;
            constant.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("quote").GetString())
                .ShouldBe(Facts.EvidenceFor(name).Select(e => e.Quote));
        }
    }

    [Fact]
    public void Constant_values_match_the_typed_constants()
    {
        Constant(nameof(Facts.CandidatesAuditioned)).GetInt32().ShouldBe(Facts.CandidatesAuditioned);
        Constant(nameof(Facts.NovitskyMonthsOnStation)).GetInt32().ShouldBe(Facts.NovitskyMonthsOnStation);
        // XmlConvert reads ISO 8601 durations independently of the writer's own formatter.
        XmlConvert.ToTimeSpan(Constant(nameof(Facts.DaysOnStation)).GetString()!).ShouldBe(Facts.DaysOnStation);
        XmlConvert.ToTimeSpan(Constant(nameof(Facts.LostAttitudeControl)).GetString()!).ShouldBe(Facts.LostAttitudeControl);
        Constant(nameof(Facts.RehabDuration)).GetString().ShouldBe("P" + Facts.RehabDuration.Days.ToString(CultureInfo.InvariantCulture) + "D");
    }

    [Fact]
    public void Yulia_Peresild_age_in_json_is_the_typed_age()
    {
        var fields = Entry(nameof(Person), Person.YuliaPeresild.Id).GetProperty("fields");

        fields.GetProperty("age").GetInt32().ShouldBe(Person.YuliaPeresild.Age.ShouldNotBeNull());
        fields.GetProperty("name").GetString().ShouldBe(Person.YuliaPeresild.Name);
        fields.GetProperty("role").GetString().ShouldBe(Person.YuliaPeresild.Role.ToString());
    }

    [Fact]
    public void Unset_optional_fields_are_null()
    {
        Person.OlegNovitsky.Age.ShouldBeNull();

        Entry(nameof(Person), Person.OlegNovitsky.Id).GetProperty("fields").GetProperty("age").ValueKind
            .ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void References_are_written_as_ids()
    {
        Entry(nameof(Person), Person.YuliaPeresild.Id).GetProperty("fields").GetProperty("missions")
            .EnumerateArray().Select(m => m.GetString())
            .ShouldBe(Person.YuliaPeresild.Missions.ShouldNotBeNull().Select(m => m.Id));

        var up = Entry(nameof(Mission), Mission.FilmCrewAscent.Id).GetProperty("fields");
        up.GetProperty("commander").GetString().ShouldBe(Mission.FilmCrewAscent.Commander.ShouldNotBeNull().Id);
        up.GetProperty("spacecraft").ValueKind.ShouldBe(JsonValueKind.Null);

        var down = Entry(nameof(Mission), Mission.FilmCrewFlight.Id).GetProperty("fields");
        down.GetProperty("spacecraft").GetString().ShouldBe(Mission.FilmCrewFlight.Spacecraft.ShouldNotBeNull().Id);
        down.GetProperty("landing").GetString().ShouldBe(Mission.FilmCrewFlight.Landing.ShouldNotBeNull().Id);
        down.GetProperty("crew").EnumerateArray().Select(p => p.GetString())
            .ShouldBe(Mission.FilmCrewFlight.Crew.ShouldNotBeNull().Select(p => p.Id));
    }

    [Fact]
    public void Cyclic_references_are_not_followed()
    {
        var rival = Film.TheChallenge.Rival.ShouldNotBeNull();
        rival.Rival.ShouldBe(Film.TheChallenge);

        Entry(nameof(Film), Film.TheChallenge.Id).GetProperty("fields").GetProperty("rival").GetString().ShouldBe(rival.Id);
        Entry(nameof(Film), rival.Id).GetProperty("fields").GetProperty("rival").GetString().ShouldBe(Film.TheChallenge.Id);
    }

    [Fact]
    public void Event_dates_times_durations_and_enums_use_iso_and_member_names()
    {
        var landing = Entry(nameof(Event), Event.SoyuzMs18Landing.Id).GetProperty("fields");
        landing.GetProperty("date").GetString().ShouldBe(Event.SoyuzMs18Landing.Date.ShouldNotBeNull().ToString());
        landing.GetProperty("date").GetString().ShouldBe("2021-10-17");
        DateTimeOffset.Parse(landing.GetProperty("at").GetString()!, CultureInfo.InvariantCulture)
            .ShouldBe(Event.SoyuzMs18Landing.At.ShouldNotBeNull());
        landing.GetProperty("kind").GetString().ShouldBe(nameof(EventKind.Landing));

        // A partial date is written as it is known: to the month here.
        Entry(nameof(Event), Event.IssDocking.Id).GetProperty("fields").GetProperty("date").GetString().ShouldBe("2021-10");

        var misfire = Entry(nameof(Event), Event.ThrusterMisfire.Id).GetProperty("fields");
        misfire.GetProperty("reportedBy").EnumerateArray().Select(o => o.GetString())
            .ShouldBe(Event.ThrusterMisfire.ReportedBy.ShouldNotBeNull().Select(o => o.Id));
        misfire.GetProperty("people").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Entry_evidence_carries_source_quote_fields_and_note()
    {
        var written = Entry(nameof(Person), Person.YuliaPeresild.Id).GetProperty("evidence").EnumerateArray().ToList();
        var typed = Person.YuliaPeresild.Evidence;

        written.Count.ShouldBe(typed.Count);
        for (var i = 0; i < typed.Count; i++)
        {
            written[i].GetProperty("source").GetString().ShouldBe(typed[i].Source.Id);
            written[i].GetProperty("quote").GetString().ShouldBe(typed[i].Quote);
            written[i].GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ShouldBe(typed[i].Fields);
            written[i].GetProperty("note").GetString().ShouldBe(typed[i].Note);
        }
    }

    [Fact]
    public void Each_field_has_the_evidence_that_names_it()
    {
        foreach (var kind in Facts.Model.Kinds.Where(k => k.IsEntity))
        {
            foreach (var entry in kind.Entries)
            {
                var written = Entry(kind.Name, entry.Id).GetProperty("fieldEvidence");
                foreach (var field in kind.Fields)
                {
                    var expected = entry.EvidenceFor(field).Select(e => e.Quote).ToList();
                    var quotes = written.TryGetProperty(field.YamlName, out var items)
                        ? items.EnumerateArray().Select(e => e.GetProperty("quote").GetString()!).ToList()
                        : [];
                    quotes.ShouldBe(expected, $"{kind.Name}.{entry.Id}.{field.YamlName}");
                }
            }
        }
    }

    [Fact]
    public void Field_names_are_the_fact_file_names()
    {
        var fields = Entry(nameof(Person), Person.YuliaPeresild.Id).GetProperty("fields");

        fields.EnumerateObject().Select(f => f.Name).ShouldBe(
            ["name", "role", "age", "nationality", "description", "missions", "spacecraft", "organisations", "films"]);
        // Every field an evidence item names must be one of the written fields.
        foreach (var entry in Entries)
        {
            var names = entry.GetProperty("fields").EnumerateObject().Select(f => f.Name).ToHashSet();
            foreach (var evidence in entry.GetProperty("evidence").EnumerateArray())
            {
                evidence.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ShouldAllBe(f => names.Contains(f));
            }
        }
    }

    private int CountOf(string kind) => Entries.Count(e => e.GetProperty("kind").GetString() == kind);

    private IEnumerable<string?> IdsOf(string kind) =>
        Entries.Where(e => e.GetProperty("kind").GetString() == kind).Select(e => e.GetProperty("id").GetString());

    private JsonElement Entry(string kind, string id) =>
        Entries.Single(e => e.GetProperty("kind").GetString() == kind && e.GetProperty("id").GetString() == id);

    private JsonElement Constant(string name) =>
        Constants.Single(c => c.GetProperty("id").GetString() == name).GetProperty("value");
}
