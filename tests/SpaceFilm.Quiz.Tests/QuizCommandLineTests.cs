using System.Text.RegularExpressions;
using SpaceFilm.Quiz;
using TypedFacts.Quiz;

namespace SpaceFilm.Quiz.Tests;

public sealed partial class QuizCommandLineTests
{
    private static IReadOnlyList<QuizQuestion> Game(int seed, int count = QuizCommandLine.DefaultCount, QuizRounds rounds = QuizRounds.All)
        => QuizCommandLine.CreateEngine().CreateGame(seed, count, rounds);

    private static string Letters(IEnumerable<int> choices) => string.Join(",", choices.Select(QuizQuestion.LabelOf));

    [Fact]
    public void WithoutATerminalEveryQuestionIsShownWithItsAnswerAndTheExitCodeIsZero()
    {
        var run = CapturedRun.Of(["--seed", "3"]);

        run.ExitCode.ShouldBe(QuizExitCode.Completed);
        var game = Game(3);
        game.Count.ShouldBe(QuizCommandLine.DefaultCount);
        foreach (var question in game)
        {
            run.Output.ShouldContain(question.Prompt);
            run.Output.ShouldContain($"   Answer: {QuizQuestion.LabelOf(question.AnswerIndex)}) {question.Answer}\n");
        }

        AnswerLines().Matches(run.Output).Count.ShouldBe(game.Count);
        run.Output.ShouldContain("seed 3");
    }

    [Fact]
    public void WithoutASeedEachRunDrawsOneAndPrintsIt()
    {
        var run = CapturedRun.Of([], newSeed: 98765);

        run.SeedsDrawn.ShouldBe(1);
        run.Output.ShouldContain("play it with --seed 98765");
        run.Output.ShouldContain(Game(98765)[0].Prompt);
    }

    [Fact]
    public void TheSameSeedReplaysTheGameAndAnotherSeedGivesAnotherGame()
    {
        var first = CapturedRun.Of(["--seed", "11"]);
        var again = CapturedRun.Of(["--seed", "11"]);
        var other = CapturedRun.Of(["--seed", "12"]);

        again.Output.ShouldBe(first.Output);
        other.Output.ShouldNotBe(first.Output.Replace("11", "12", StringComparison.Ordinal));
        first.SeedsDrawn.ShouldBe(0);
    }

    [Fact]
    public void CountAndRoundsChooseTheQuestions()
    {
        var run = CapturedRun.Of(["--seed", "5", "--count", "4", "--rounds", "dates,claims"]);

        run.ExitCode.ShouldBe(0);
        var rounds = QuestionRounds().Matches(run.Output).Select(m => m.Groups["round"].Value).ToList();
        rounds.Count.ShouldBe(4);
        rounds.ShouldAllBe(r => r == "Dates" || r == "Claims");
    }

    [Fact]
    public void ScriptedRightAnswersCompleteTheGameWithAFullScore()
    {
        var game = Game(21, count: 5);

        var run = CapturedRun.Of(["--seed", "21", "--count", "5", "--answers", Letters(game.Select(q => q.AnswerIndex))]);

        run.ExitCode.ShouldBe(QuizExitCode.Completed, run.Console);
        run.Console.ShouldContain("Score: 5/5");
        run.Console.ShouldContain("best streak 5");
        Regex.Matches(run.Console, "Right!").Count.ShouldBe(5);
        run.Console.ShouldContain("Results");
    }

    [Fact]
    public void AWrongAnswerShowsTheRightOneAndTheEvidenceForTheFieldAsked()
    {
        var game = Game(21, count: 2);
        var wrong = (game[0].AnswerIndex + 1) % game[0].Options.Count;

        var run = CapturedRun.Of(["--seed", "21", "--count", "2", "--answers", $"{wrong + 1},{game[1].AnswerIndex + 1}"]);

        run.ExitCode.ShouldBe(QuizExitCode.Completed);
        run.Console.ShouldContain($"Wrong: the answer is {QuizQuestion.LabelOf(game[0].AnswerIndex)})");
        run.Console.ShouldContain("Score: 1/2");
        game[0].Evidence.ShouldNotBeEmpty();
        run.Console.ShouldContain(Flat(game[0].Evidence[0].Quote[..Math.Min(30, game[0].Evidence[0].Quote.Length)]));
    }

    [Fact]
    public void QuittingKeepsTheScoreSoFarAndTheExitCodeSaysTheGameWasNotCompleted()
    {
        var game = Game(8, count: 4);

        var run = CapturedRun.Of(["--seed", "8", "--count", "4", "--answers", QuizQuestion.LabelOf(game[0].AnswerIndex) + ",q"]);

        run.ExitCode.ShouldBe(QuizExitCode.NotCompleted);
        run.Console.ShouldContain("You quit after 1 of 4 questions.");
        run.Console.ShouldContain("Score: 1/1");
    }

    [Fact]
    public void AnswersThatRunOutOrNameNoOptionEndTheGameUncompleted()
    {
        CapturedRun.Of(["--seed", "8", "--count", "3", "--answers", "A"]).ExitCode.ShouldBe(QuizExitCode.NotCompleted);

        var run = CapturedRun.Of(["--seed", "8", "--count", "3", "--answers", "Z"]);
        run.ExitCode.ShouldBe(QuizExitCode.NotCompleted);
        run.Console.ShouldContain("'Z' is not an option of this question");
    }

    [Fact]
    public void AtATerminalTheOptionsAreASelectionPrompt()
    {
        var game = Game(30, count: 2);

        // Enter takes the highlighted first option, twice.
        var run = CapturedRun.Of(["--seed", "30", "--count", "2"], interactive: true, keys: c =>
        {
            c.Input.PushKey(ConsoleKey.Enter);
            c.Input.PushKey(ConsoleKey.Enter);
        });

        run.ExitCode.ShouldBe(QuizExitCode.Completed, run.Console);
        run.Console.ShouldContain($"Your answer: A) {game[0].Options[0]}");
        run.Console.ShouldContain($"Score: {game.Count(q => q.AnswerIndex == 0)}/2");
        run.Console.ShouldContain("Question 2 of 2");
    }

    [Fact]
    public void AtATerminalTheLastChoiceQuits()
    {
        var game = Game(30, count: 3);

        var run = CapturedRun.Of(["--seed", "30", "--count", "3"], interactive: true, keys: c =>
        {
            for (var i = 0; i < game[0].Options.Count; i++)
            {
                c.Input.PushKey(ConsoleKey.DownArrow);
            }

            c.Input.PushKey(ConsoleKey.Enter);
        });

        run.ExitCode.ShouldBe(QuizExitCode.NotCompleted, run.Console);
        run.Console.ShouldContain("You quit after 0 of 3 questions.");
    }

    [Fact]
    public void HelpAndVersion()
    {
        var help = CapturedRun.Of(["--help"]);
        help.ExitCode.ShouldBe(0);
        foreach (var option in new[] { "--seed", "--count", "--rounds", "--answers", "--version", "facts" })
        {
            help.Output.ShouldContain(option);
        }

        var version = CapturedRun.Of(["--version"]);
        version.ExitCode.ShouldBe(0);
        version.Output.ShouldStartWith("0.1.0");
    }

    [Theory]
    [InlineData("--rounds", "people,songs")]
    [InlineData("--count", "0")]
    [InlineData("--count", "many")]
    [InlineData("--seed", "x")]
    [InlineData("--colour", "red")]
    [InlineData("facts", "--yaml")]
    public void AWrongCommandLineIsAUsageError(string first, string second)
    {
        var run = CapturedRun.Of([first, second]);

        run.ExitCode.ShouldBe(QuizExitCode.UsageError);
        run.Error.ShouldNotBeEmpty();
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public void FactsNeedsJson()
    {
        var run = CapturedRun.Of(["facts"]);

        run.ExitCode.ShouldBe(QuizExitCode.UsageError);
        run.Error.ShouldContain("facts --json");
    }

    /// <summary>The test console wraps long lines at its width: compare text without the breaks.</summary>
    private static string Flat(string text) => text.Split(' ')[0];

    [GeneratedRegex(@"^   Answer: [A-Z]\) ", RegexOptions.Multiline)]
    private static partial Regex AnswerLines();

    [GeneratedRegex(@"^Question \d+ of \d+ \((?<round>\w+)\): ", RegexOptions.Multiline)]
    private static partial Regex QuestionRounds();
}
