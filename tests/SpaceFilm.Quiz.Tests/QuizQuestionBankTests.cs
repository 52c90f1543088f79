using System.Globalization;
using SpaceFilm.Quiz;

namespace SpaceFilm.Quiz.Tests;

public class QuizQuestionBankTests
{
    private static readonly IReadOnlyList<QuizQuestion> Questions = QuizQuestionBank.Create();

    [Fact]
    public void Every_question_has_distinct_options_one_right_answer_and_evidence()
    {
        Questions.Count.ShouldBeInRange(8, 10);
        foreach (var question in Questions)
        {
            question.Options.Count.ShouldBeGreaterThanOrEqualTo(3, question.Prompt);
            question.Options.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(question.Options.Count, question.Prompt);
            question.CorrectIndex.ShouldBeInRange(0, question.Options.Count - 1);
            question.Evidence.ShouldNotBeEmpty(question.Prompt);
        }

        Questions.Select(q => q.FactName).ShouldBeUnique();
    }

    [Fact]
    public void Age_answer_is_the_typed_age()
    {
        AnswerTo("Person.YuliaPeresild.Age")
            .ShouldBe(Person.YuliaPeresild.Age.ShouldNotBeNull().ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Candidates_answer_is_the_typed_constant()
    {
        AnswerTo($"Facts.{nameof(Facts.CandidatesAuditioned)}")
            .ShouldBe(Facts.CandidatesAuditioned.ToString("N0", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Landing_time_answer_is_the_time_of_the_landing_event()
    {
        var at = Event.SoyuzMs18Landing.At.ShouldNotBeNull().ToUniversalTime();

        AnswerTo("Event.SoyuzMs18Landing.At").ShouldBe(at.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC");
    }

    [Fact]
    public void Days_aboard_answer_is_the_typed_constant()
    {
        AnswerTo($"Facts.{nameof(Facts.DaysOnStation)}").ShouldBe($"{Facts.DaysOnStation.TotalDays} days");
    }

    [Fact]
    public void Pilot_answer_is_the_cosmonaut_of_the_return_crew()
    {
        var crew = Mission.FilmCrewFlight.Crew.ShouldNotBeNull();
        var pilot = crew.Single(p => p.Role == Role.Cosmonaut);

        AnswerTo("Mission.FilmCrewFlight.Crew").ShouldBe(pilot.Name);
        Question("Mission.FilmCrewFlight.Crew").Options
            .ShouldNotContain(o => crew.Any(p => p != pilot && p.Name == o));
    }

    [Fact]
    public void Film_title_and_director_answers_are_the_typed_film()
    {
        Milestone.FirstFictionFilmInSpace.Film.ShouldBe(Film.TheChallenge);
        AnswerTo("Film.TheChallenge.Title").ShouldBe(Film.TheChallenge.Title);
        AnswerTo("Film.TheChallenge.Director").ShouldBe(Film.TheChallenge.Director.ShouldNotBeNull().Name);
    }

    [Fact]
    public void Thruster_date_answer_is_the_typed_date_of_the_misfire()
    {
        var known = Event.ThrusterMisfire.Date.ShouldNotBeNull();
        var date = new DateOnly(known.Year, known.Month.ShouldNotBeNull(), known.Day.ShouldNotBeNull());

        AnswerTo("Event.ThrusterMisfire.Date")
            .ShouldBe(date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Destabilisation_and_rehab_answers_are_the_typed_durations()
    {
        AnswerTo($"Facts.{nameof(Facts.LostAttitudeControl)}").ShouldBe($"{Facts.LostAttitudeControl.TotalMinutes} minutes");
        AnswerTo($"Facts.{nameof(Facts.RehabDuration)}").ShouldBe($"{Facts.RehabDuration.TotalDays} days");
    }

    [Fact]
    public void Evidence_of_a_field_question_supports_that_field()
    {
        var evidence = Question("Person.YuliaPeresild.Age").Evidence;

        evidence.ShouldAllBe(e => e.Fields.Count == 0 || e.Fields.Contains("age"));
        evidence.Count.ShouldBe(Person.YuliaPeresild.Evidence.Count(e => e.Fields.Contains("age")));
    }

    [Fact]
    public void Evidence_of_a_constant_question_is_the_constants_evidence()
    {
        Question($"Facts.{nameof(Facts.RehabDuration)}").Evidence
            .ShouldBe(Facts.EvidenceFor(nameof(Facts.RehabDuration)));
    }

    [Fact]
    public void The_same_seed_builds_the_same_quiz()
    {
        var again = QuizQuestionBank.Create();

        again.Select(q => (q.Prompt, string.Join('|', q.Options), q.CorrectIndex))
            .ShouldBe(Questions.Select(q => (q.Prompt, string.Join('|', q.Options), q.CorrectIndex)));
    }

    private static QuizQuestion Question(string factName) => Questions.Single(q => q.FactName == factName);

    private static string AnswerTo(string factName) => Question(factName).CorrectOption;
}
