namespace TypedFacts.Quiz.Tests;

/// <summary>Which fields go in which round, decided from the metadata.</summary>
public class RoundTests
{
    public static TheoryData<QuizRounds> Rounds => [QuizRounds.People, QuizRounds.Numbers, QuizRounds.Dates, QuizRounds.Quotes, QuizRounds.Claims];

    [Theory]
    [MemberData(nameof(Rounds))]
    public void Every_round_has_questions_on_SpaceFilm(QuizRounds round)
    {
        var engine = Models.Engine(Models.SpaceFilm);
        engine.AllQuestions(round).ShouldNotBeEmpty();
        engine.AllQuestions(round).ShouldAllBe(q => q.Round == round);
        engine.CreateGame(42, 5, round).Count.ShouldBe(5);
        engine.CreateGame(42, 5, round).ShouldAllBe(q => q.Round == round);
    }

    [Theory]
    [MemberData(nameof(Rounds))]
    public void Every_round_has_questions_on_the_fixture_model(QuizRounds round)
        => Models.Engine(Models.Expedition).AllQuestions(round).ShouldNotBeEmpty();

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void Every_question_is_in_exactly_one_round(string model)
    {
        var engine = Models.Engine(model);
        engine.AvailableRounds().ShouldBe(QuizRounds.All);
        foreach (var question in engine.AllQuestions())
        {
            Rounds.ShouldContain(question.Round, question.Key);
        }
    }

    [Fact]
    public void Fields_are_put_in_rounds_by_their_type()
    {
        var engine = Models.Engine(Models.SpaceFilm);
        engine.RoundOf(SpaceFilm.Person.Fields.Age).ShouldBe(QuizRounds.Numbers);
        engine.RoundOf(SpaceFilm.Milestone.Fields.Year).ShouldBe(QuizRounds.Numbers);
        engine.RoundOf(SpaceFilm.Event.Fields.Date).ShouldBe(QuizRounds.Dates);
        engine.RoundOf(SpaceFilm.Event.Fields.At).ShouldBe(QuizRounds.Dates);
        engine.RoundOf(SpaceFilm.Mission.Fields.Start).ShouldBe(QuizRounds.Dates);
        engine.RoundOf(SpaceFilm.Mission.Fields.Commander).ShouldBe(QuizRounds.People);
        engine.RoundOf(SpaceFilm.Event.Fields.People).ShouldBe(QuizRounds.People);
        engine.RoundOf(SpaceFilm.Person.Fields.Nationality).ShouldBe(QuizRounds.People);
        engine.RoundOf(SpaceFilm.Person.Fields.Role).ShouldBe(QuizRounds.People);
        engine.RoundOf(SpaceFilm.Person.Fields.Films).ShouldBe(QuizRounds.People);
        engine.RoundOf(SpaceFilm.Quotation.Fields.Speaker).ShouldBe(QuizRounds.Quotes);

        // Not asked: the field that names an entry, booleans, and non-person facts that refer to no person.
        engine.RoundOf(SpaceFilm.Person.Fields.Name).ShouldBe(QuizRounds.None);
        engine.RoundOf(SpaceFilm.Film.Fields.InSpace).ShouldBe(QuizRounds.None);
        engine.RoundOf(SpaceFilm.Event.Fields.Place).ShouldBe(QuizRounds.None);
        engine.RoundOf(SpaceFilm.Organisation.Fields.AlternativeNames).ShouldBe(QuizRounds.None);
    }

    [Fact]
    public void A_kind_is_taken_for_people_by_its_name_or_because_a_quotation_names_it_as_the_speaker()
    {
        var spaceFilm = Models.Engine(Models.SpaceFilmGeneric);
        spaceFilm.IsPersonKind(SpaceFilm.Person.Descriptor).ShouldBeTrue();
        spaceFilm.IsPersonKind(SpaceFilm.Organisation.Descriptor).ShouldBeFalse();

        // "Explorer" is no name the engine knows: Remark.author refers to it.
        var expedition = Models.Engine(Models.Expedition);
        expedition.IsPersonKind(Fixtures.Expedition.Explorer.Descriptor).ShouldBeTrue();
        expedition.IsPersonKind(Fixtures.Expedition.Ship.Descriptor).ShouldBeFalse();
        expedition.RoundOf(Fixtures.Expedition.Remark.Fields.Author).ShouldBe(QuizRounds.Quotes);
        expedition.RoundOf(Fixtures.Expedition.Ship.Fields.Master).ShouldBe(QuizRounds.People);
    }

    [Fact]
    public void Constants_with_numbers_durations_and_dates_are_asked()
    {
        var keys = Models.Engine(Models.SpaceFilm).AllQuestions(QuizRounds.Numbers).Select(q => q.Key).ToList();
        keys.ShouldContain("constant:CandidatesAuditioned");
        keys.ShouldContain("constant:DaysOnStation");
        var fixture = Models.Engine(Models.Expedition).AllQuestions(QuizRounds.Claims).Single(q => q.Key == "claim-constant:DaysInIce");
        fixture.AnswerSource!.Id.ShouldBe("Gazette");
    }
}
