using Shouldly;
using Xunit;

namespace SpaceFilm.Tests;

/// <summary>The generated model says what the articles say.</summary>
public sealed class ModelFactsTests
{
    [Fact]
    public void AgesAreThoseTheArticlesGive()
    {
        Person.YuliaPeresild.Age.ShouldBe(37);
        Person.KlimShipenko.Age.ShouldBe(38);
        Person.AntonShkaplerov.Age.ShouldBe(49);
        Person.OlegNovitsky.Age.ShouldBeNull();
    }

    [Fact]
    public void NamesRolesAndEnumsAreTyped()
    {
        Person.YuliaPeresild.Name.ShouldBe("Yulia Peresild");
        Person.YuliaPeresild.Role.ShouldBe(Role.Actress);
        Person.KlimShipenko.Role.ShouldBe(Role.Director);
        Person.OlegNovitsky.Role.ShouldBe(Role.Cosmonaut);
    }

    [Fact]
    public void DatesAndTimesAreRealTypes()
    {
        Event.FilmCrewLaunch.Date.ShouldBe(new DateOnly(2021, 10, 5));
        Event.ThrusterMisfire.Date.ShouldBe(new DateOnly(2021, 10, 15));
        Event.ThrusterMisfire.Weekday.ShouldBe(Weekday.Friday);
        Event.SoyuzMs18Landing.At.ShouldBe(new DateTimeOffset(2021, 10, 17, 4, 36, 0, TimeSpan.Zero));
        Facts.LandingTime.ShouldBe(new DateTimeOffset(2021, 10, 17, 4, 36, 0, TimeSpan.Zero));
        Facts.LaunchDate.ShouldBe(new DateOnly(2021, 10, 5));
        Facts.Sources.Article000.Published.ShouldBe(new TypedFacts.FactDate(2021, 10, 17));
        Facts.Sources.Article003.Published.ShouldBeNull();
    }

    [Fact]
    public void DurationsAreTimeSpans()
    {
        Facts.DaysOnStation.ShouldBe(TimeSpan.FromDays(12));
        Facts.LostAttitudeControl.ShouldBe(TimeSpan.FromMinutes(30));
        Facts.RehabDuration.ShouldBe(TimeSpan.FromDays(10));
        Event.ThrusterMisfire.Duration.ShouldBe(TimeSpan.FromMinutes(30));
        Mission.FilmCrewFlight.Duration.ShouldBe(TimeSpan.FromDays(12));
    }

    [Fact]
    public void NumbersAreConstants()
    {
        Facts.CandidatesAuditioned.ShouldBe(3000);
        Facts.RecoveryHelicopters.ShouldBe(10);
        Facts.NovitskyMonthsOnStation.ShouldBe(6);
        Facts.FilmBudgetDisclosed.ShouldBeFalse();
    }

    [Fact]
    public void ReferencesResolveToTheEntries()
    {
        var flight = Mission.FilmCrewFlight;

        flight.Commander.ShouldBeSameAs(Person.AntonShkaplerov);
        flight.LaunchCrew.ShouldBe([Person.AntonShkaplerov, Person.YuliaPeresild, Person.KlimShipenko]);
        flight.ReturnCrew.ShouldContain(Person.OlegNovitsky);
        flight.Landing.ShouldBeSameAs(Event.SoyuzMs18Landing);
        flight.LandingSite.ShouldBeSameAs(Place.KazakhSteppe);
        Person.YuliaPeresild.Missions.ShouldContain(flight);
    }

    [Fact]
    public void CyclesOfReferencesAreSafe()
    {
        // Mission → landing Event → mission: a cycle.
        var landing = Mission.FilmCrewFlight.Landing!;
        landing.Mission.ShouldBeSameAs(Mission.FilmCrewFlight);
        landing.Mission!.Landing.ShouldBeSameAs(landing);

        // Equality, hashing and ToString never follow references.
        Mission.FilmCrewFlight.ToString().ShouldBe("Mission { Id = FilmCrewFlight }");
        Mission.FilmCrewFlight.GetHashCode().ShouldBe(Mission.Get("FilmCrewFlight").GetHashCode());
        Mission.FilmCrewFlight.Equals(Mission.Get("FilmCrewFlight")).ShouldBeTrue();
        (Mission.FilmCrewFlight == Mission.NovitskyIssStay).ShouldBeFalse();
    }

    [Fact]
    public void LookupsFindEntriesByIdInFileOrder()
    {
        Person.All[0].ShouldBeSameAs(Person.YuliaPeresild);
        Person.All.Count.ShouldBe(Person.All.Distinct().Count());
        Person.TryGet("KlimShipenko", out var klim).ShouldBeTrue();
        klim.ShouldBeSameAs(Person.KlimShipenko);
        Person.TryGet("Nobody", out _).ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => Person.Get("Nobody")).Message.ShouldContain("Nobody");
    }

    [Fact]
    public void EveryEntryCarriesEvidenceWithItsSource()
    {
        Person.YuliaPeresild.Evidence.ShouldNotBeEmpty();
        var first = Person.YuliaPeresild.Evidence[0];
        first.Source.ShouldBeSameAs(Facts.Sources.Article000);
        first.Quote.ShouldContain("Yulia Peresild, 37");
        Facts.EvidenceFor(nameof(Facts.CandidatesAuditioned)).ShouldNotBeEmpty();
    }

    [Fact]
    public void EvidenceItemsAreValuesEqualByTheirContent()
    {
        var first = Facts.EvidenceFor(nameof(Facts.CandidatesAuditioned));
        var second = Facts.EvidenceFor(nameof(Facts.CandidatesAuditioned));

        second.ShouldBe(first);
        second[0].GetHashCode().ShouldBe(first[0].GetHashCode());
        first[0].ShouldNotBe(Person.YuliaPeresild.Evidence[0]);
    }

    [Fact]
    public void TheLandingTimeDisagreementIsRecordedInNotes()
    {
        var notes = Event.SoyuzMs18Landing.Evidence.Where(e => e.Note is not null).ToList();

        notes.ShouldContain(e => e.Source == Facts.Sources.Article002);
    }
}
