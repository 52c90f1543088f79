using SpaceFilm.Quiz;

namespace SpaceFilm.Quiz.Tests;

public class QuizCommandLineTests
{
    [Fact]
    public void Redirected_input_shows_every_question_with_its_answer_and_exits_0()
    {
        var run = CapturedRun.Of([], input: "", inputIsRedirected: true);

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        var questions = QuizQuestionBank.Create();
        questions.Count.ShouldBeInRange(8, 10);
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            run.Output.ShouldContain($"Question {i + 1} of {questions.Count}: {question.Prompt}");
            run.Output.ShouldContain($"Answer: {QuizQuestion.LabelOf(question.CorrectIndex)}) {question.CorrectOption}");
            run.Output.ShouldContain($"Evidence for {question.FactName}:");
        }

        TextCount.Of(run.Output, "   Answer: ").ShouldBe(questions.Count);
        run.Output.ShouldNotContain("Your answer");
    }

    [Fact]
    public void Redirected_input_is_never_read()
    {
        // Answers on the input must not be taken: a script piping text in gets the answer sheet, not a game.
        var run = CapturedRun.Of([], input: "A\nA\nA\n", inputIsRedirected: true);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldNotContain("Score:");
    }

    [Fact]
    public void Redirected_output_shows_the_typed_age_of_Yulia_Peresild_as_the_answer()
    {
        var age = Person.YuliaPeresild.Age.ShouldNotBeNull();
        var question = QuizQuestionBank.Create().Single(q => q.FactName == "Person.YuliaPeresild.Age");

        var run = CapturedRun.Of([]);

        run.Output.ShouldContain($"Answer: {QuizQuestion.LabelOf(question.CorrectIndex)}) {age}");
    }

    [Fact]
    public void Redirected_output_quotes_the_evidence_and_its_notes()
    {
        var run = CapturedRun.Of([]);

        foreach (var evidence in Facts.EvidenceFor(nameof(Facts.CandidatesAuditioned)))
        {
            run.Output.ShouldContain($"{evidence.Source.Id} ({evidence.Source.Title}): \"{evidence.Quote}\"");
        }

        var noted = Event.SoyuzMs18Landing.Evidence.First(e => e.Note is not null && e.Fields.Contains("at"));
        run.Output.ShouldContain($"Note: {noted.Note}");
    }

    [Fact]
    public void Interactive_run_with_every_right_answer_reports_a_full_score()
    {
        var questions = QuizQuestionBank.Create();
        var answers = string.Join('\n', questions.Select(q => QuizQuestion.LabelOf(q.CorrectIndex)));

        var run = CapturedRun.Of([], input: answers, inputIsRedirected: false);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain($"Score: {questions.Count}/{questions.Count}");
    }

    [Fact]
    public void Interactive_run_ending_mid_quiz_exits_0()
    {
        var run = CapturedRun.Of([], input: "1\n", inputIsRedirected: false);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Quiz ended early.");
    }

    [Fact]
    public void Seed_changes_the_order_of_the_options_but_not_the_answers()
    {
        var seeded = Enumerable.Range(1, 20).Select(seed => QuizQuestionBank.Create(seed)).ToList();

        seeded.Select(qs => string.Join(',', qs.Select(q => q.CorrectIndex))).Distinct().Count().ShouldBeGreaterThan(1);
        foreach (var questions in seeded)
        {
            questions.Select(q => q.CorrectOption).ShouldBe(QuizQuestionBank.Create().Select(q => q.CorrectOption));
        }

        var run = CapturedRun.Of(["--seed", "5"]);
        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain(QuizQuestionBank.Create(5)[0].Prompt);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_prints_usage_and_exits_0(string flag)
    {
        var run = CapturedRun.Of([flag]);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Usage:");
        run.Error.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("facts")]
    [InlineData("facts", "--xml")]
    [InlineData("--seed")]
    [InlineData("--seed", "many")]
    [InlineData("facts", "--json", "extra")]
    public void Unknown_arguments_print_usage_to_stderr_and_exit_2(params string[] args)
    {
        var run = CapturedRun.Of(args);

        run.ExitCode.ShouldBe(QuizCommandLine.UsageError);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Usage:");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Main_returns_2_for_unknown_arguments()
    {
        Program.Main(["--no-such-option"]).ShouldBe(2);
    }
}
