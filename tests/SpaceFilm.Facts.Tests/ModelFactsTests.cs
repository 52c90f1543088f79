using Shouldly;
using TypedFacts;
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
        Event.FilmCrewLaunch.Date.ShouldBe(new FactDate(2021, 10, 5));
        Event.ThrusterMisfire.Date.ShouldBe(new FactDate(2021, 10, 15));
        Event.SoyuzMs18Landing.Date.ShouldBe(new FactDate(2021, 10, 17));
        Event.SoyuzMs18Landing.At.ShouldBe(new DateTimeOffset(2021, 10, 17, 4, 36, 0, TimeSpan.Zero));
        Event.SoyuzMs18Landing.Date.ShouldNotBeNull().Precision.ShouldBe(FactDatePrecision.Day);

        // Known to the month or the year only, as a dated article gives them.
        Event.IssDocking.Date.ShouldBe(new FactDate(2021, 10));
        Event.HollywoodProjectAnnounced.Date.ShouldBe(new FactDate(2020));
        Mission.NovitskyIssStay.Start.ShouldNotBeNull().Precision.ShouldBe(FactDatePrecision.Year);

        // Undated texts: no date line, and none of their relative dates became an absolute one.
        Facts.Sources.Article000.Published.ShouldBe(new FactDate(2021, 10, 17));
        Facts.Sources.Article003.Published.ShouldBeNull();
        Facts.Sources.Article004.Published.ShouldBeNull();
        Event.StarCityRehabilitation.Date.ShouldBeNull();
    }

    [Fact]
    public void DurationsAreTimeSpans()
    {
        Facts.DaysOnStation.ShouldBe(TimeSpan.FromDays(12));
        Facts.LostAttitudeControl.ShouldBe(TimeSpan.FromMinutes(30));
        Facts.RehabDuration.ShouldBe(TimeSpan.FromDays(10));
    }

    [Fact]
    public void NumbersAreConstants()
    {
        Facts.CandidatesAuditioned.ShouldBe(3000);
        Facts.RecoveryHelicopters.ShouldBe(10);
        Facts.NovitskyMonthsOnStation.ShouldBe(6);
        Facts.JapaneseTouristsScheduled.ShouldBe(2);
        Film.TheChallenge.BudgetDisclosed.ShouldBe(false);
    }

    [Fact]
    public void ReferencesResolveToTheEntries()
    {
        // Two flights: up with Shkaplerov, down aboard Soyuz MS-18 with Novitsky.
        var up = Mission.FilmCrewAscent;
        var down = Mission.FilmCrewFlight;

        up.Commander.ShouldBeSameAs(Person.AntonShkaplerov);
        up.Crew.ShouldNotBeNull().ShouldBe([Person.AntonShkaplerov, Person.YuliaPeresild, Person.KlimShipenko]);
        up.Launch.ShouldBeSameAs(Event.FilmCrewLaunch);
        up.LaunchSite.ShouldBeSameAs(Place.BaikonurCosmodrome);
        down.Crew.ShouldNotBeNull().ShouldBe([Person.OlegNovitsky, Person.YuliaPeresild, Person.KlimShipenko]);
        down.Spacecraft.ShouldBeSameAs(Spacecraft.SoyuzMs18);
        down.Landing.ShouldBeSameAs(Event.SoyuzMs18Landing);
        down.LandingSite.ShouldBeSameAs(Place.KazakhSteppe);
        Person.YuliaPeresild.Missions.ShouldNotBeNull().ShouldBe([up, down]);
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
    public void WhatNoArticleSaysIsUnsetAndAnUnknownListIsNull()
    {
        Mission.FilmCrewAscent.Spacecraft.ShouldBeNull();
        Event.FilmCrewLaunch.Spacecraft.ShouldBeNull();
        Spacecraft.KursDockingSystem.PartOf.ShouldBeNull();
        Film.TomCruiseSpaceFilm.Title.ShouldBeNull();
        Person.YuriGagarin.Role.ShouldBeNull();
        Person.ValentinaTereshkova.Role.ShouldBeNull();
        Person.TomCruise.Nationality.ShouldBeNull();
        Person.RichardBranson.Nationality.ShouldBe("American");
        Organisation.Tass.Kind.ShouldBeNull();
        Place.Hollywood.Kind.ShouldBeNull();
        Person.YuriGagarin.Missions.ShouldBeNull();
    }

    [Fact]
    public void DisagreementsAreClaimsOnTheFieldsTheyDispute()
    {
        Facts.Model.Kinds.ShouldNotContain(k => k.Name == "Discrepancy");

        var ascent = Mission.FilmCrewAscent.ClaimsFor(Mission.Fields.Spacecraft);
        ascent.Count.ShouldBe(2);
        (ascent[0].IsAdopted, ascent[0].Value).ShouldBe((true, (Spacecraft?)null));
        ascent[1].Value.ShouldBeSameAs(Spacecraft.SoyuzMs18);
        ascent[1].Evidence.ShouldHaveSingleItem().Source.ShouldBeSameAs(Facts.Sources.Article003);
        ascent[1].Note.ShouldNotBeNullOrWhiteSpace();

        Event.SoyuzMs18Landing.ClaimsFor(Event.Fields.At).Select(c => c.Value).ShouldBe(
        [
            new DateTimeOffset(2021, 10, 17, 4, 36, 0, TimeSpan.Zero),
            new DateTimeOffset(2021, 10, 17, 1, 36, 0, TimeSpan.Zero),
            new DateTimeOffset(2021, 10, 17, 4, 35, 0, TimeSpan.Zero),
        ]);
        Person.OlegNovitsky.ClaimsFor(Person.Fields.Name).Select(c => c.Value).ShouldBe(["Oleg Novitsky", "Oleg Novitski"]);
        Person.AntonShkaplerov.ClaimsFor(Person.Fields.Name).Select(c => c.Value).ShouldBe(["Anton Shkaplerov", "Anton Shkplerov"]);
        Film.TheChallenge.ClaimsFor(Film.Fields.Rival).Select(c => c.Value).ShouldBe([Film.TomCruiseSpaceFilm, Film.MissionImpossible]);
    }

    [Fact]
    public void TheLandingTimeDisagreementIsRecordedInNotes()
    {
        var notes = Event.SoyuzMs18Landing.Evidence.Where(e => e.Note is not null).ToList();

        notes.ShouldContain(e => e.Source == Facts.Sources.Article002);
    }
}
