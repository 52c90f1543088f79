using Spectre.Console;

namespace SpaceFilm.Quiz;

/// <summary>
/// Plays a game on a Spectre.Console console: a progress line before each question, the options as a selection
/// prompt (or the scripted answers of <c>--answers</c>), the verdict with the score and the streak, the evidence for the
/// field asked, and a results table at the end.
/// </summary>
public sealed class TerminalQuiz
{
    private readonly IAnsiConsole _console;
    private readonly QuizEngine _engine;

    /// <summary>Creates a terminal quiz.</summary>
    /// <param name="console">Where to play.</param>
    /// <param name="engine">The engine the questions come from, for the sources' labels.</param>
    public TerminalQuiz(IAnsiConsole console, QuizEngine engine)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(engine);
        _console = console;
        _engine = engine;
    }

    /// <summary>The title line every game starts with.</summary>
    public const string Title = "The Challenge: a quiz on the first feature film shot in space";

    /// <summary>Plays the game until every question is answered or the player quits.</summary>
    /// <param name="game">The game.</param>
    /// <param name="choose">Gives the player's choice for a question: an option (zero-based) or <see cref="QuizChoice.Quit"/>.</param>
    /// <returns>The exit code: <see cref="QuizExitCode.Completed"/> or <see cref="QuizExitCode.NotCompleted"/>.</returns>
    public int Play(QuizSession game, Func<QuizQuestion, int> choose)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(choose);
        _console.MarkupLine($"[bold]{Markup.Escape(Title)}[/]");
        _console.MarkupLine($"[grey]Seed {game.Seed}: replay this game with[/] [blue]--seed {game.Seed}[/][grey].[/]");
        while (game.Current is { } question)
        {
            var number = game.Answers.Count + 1;
            _console.WriteLine();
            _console.Write(new Rule($"[yellow]Question {number} of {game.Questions.Count}[/] [grey]· {question.Round} · score {game.Score}/{game.Answers.Count} · streak {game.Streak}[/]").LeftJustified());
            _console.MarkupLine($"[bold]{Markup.Escape(question.Prompt)}[/]");
            var choice = choose(question);
            if (choice == QuizChoice.Quit)
            {
                _console.WriteLine();
                _console.MarkupLine($"[yellow]You quit after {game.Answers.Count} of {game.Questions.Count} questions.[/]");
                WriteResults(game);
                return QuizExitCode.NotCompleted;
            }

            WriteVerdict(game, game.Answer(choice));
        }

        _console.WriteLine();
        WriteResults(game);
        return QuizExitCode.Completed;
    }

    /// <summary>Asks on the console with a selection prompt; its last choice quits.</summary>
    /// <param name="console">An interactive console.</param>
    /// <returns>The chooser for <see cref="Play"/>.</returns>
    public static Func<QuizQuestion, int> Prompted(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return question =>
        {
            var prompt = new SelectionPrompt<int>()
                .PageSize(Math.Max(3, question.Options.Count + 1))
                .HighlightStyle(new Style(Color.Aqua, decoration: Decoration.Bold))
                .UseConverter(i => i == QuizChoice.Quit
                    ? "[grey]q) Quit with the score so far[/]"
                    : $"{QuizQuestion.LabelOf(i)}) {Markup.Escape(question.Options[i])}");
            prompt.AddChoices(Enumerable.Range(0, question.Options.Count));
            prompt.AddChoice(QuizChoice.Quit);
            var choice = console.Prompt(prompt);
            if (choice != QuizChoice.Quit)
            {
                console.MarkupLine($"[grey]Your answer:[/] {QuizQuestion.LabelOf(choice)}) {Markup.Escape(question.Options[choice])}");
            }

            return choice;
        };
    }

    /// <summary>
    /// Takes the answers of <c>--answers A,C,B</c> in turn, printing each question's options and the answer taken.
    /// When they run out, or one is not an option of its question, the game stops there.
    /// </summary>
    /// <param name="console">Where to print.</param>
    /// <param name="answers">The answers, one a question: a letter, a number (A is 1) or q.</param>
    /// <returns>The chooser for <see cref="Play"/>.</returns>
    public static Func<QuizQuestion, int> Scripted(IAnsiConsole console, IReadOnlyList<string> answers)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(answers);
        var next = 0;
        return question =>
        {
            for (var i = 0; i < question.Options.Count; i++)
            {
                console.MarkupLine($"   {QuizQuestion.LabelOf(i)}) {Markup.Escape(question.Options[i])}");
            }

            if (next >= answers.Count)
            {
                console.MarkupLine("[grey]No more answers were given.[/]");
                return QuizChoice.Quit;
            }

            var text = answers[next++];
            if (!QuizChoice.TryParse(text, question.Options.Count, out var choice))
            {
                console.MarkupLine($"[red]'{Markup.Escape(text)}' is not an option of this question (A to {QuizQuestion.LabelOf(question.Options.Count - 1)}, 1 to {question.Options.Count}, or q).[/]");
                return QuizChoice.Quit;
            }

            if (choice != QuizChoice.Quit)
            {
                console.MarkupLine($"[grey]Answer:[/] {QuizQuestion.LabelOf(choice)}) {Markup.Escape(question.Options[choice])}");
            }

            return choice;
        };
    }

    private void WriteVerdict(QuizSession game, QuizAnswer answer)
    {
        var question = answer.Question;
        var right = $"{QuizQuestion.LabelOf(question.AnswerIndex)}) {Markup.Escape(question.Answer)}";
        _console.MarkupLine(answer.IsRight
            ? $"[green bold]Right![/] [grey]Score {game.Score}/{game.Answers.Count} · streak {game.Streak}[/]"
            : $"[red bold]Wrong:[/] the answer is [green]{right}[/]. [grey]Score {game.Score}/{game.Answers.Count} · streak 0[/]");
        if (question.Explanation is { Length: > 0 } explanation)
        {
            _console.MarkupLine($"[grey]{Markup.Escape(explanation)}[/]");
        }

        foreach (var evidence in question.Evidence)
        {
            var claim = evidence.IsClaim ? " [yellow](a different claim)[/]" : string.Empty;
            _console.MarkupLine($"  [blue]{Markup.Escape(_engine.LabelOf(evidence.Source))}[/]{claim}: [italic]\u201C{Markup.Escape(evidence.Quote)}\u201D[/]");
            if (evidence.Note is { Length: > 0 } note)
            {
                _console.MarkupLine($"    [grey]{Markup.Escape(note)}[/]");
            }
        }
    }

    private void WriteResults(QuizSession game)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Results[/]");
        table.AddColumn("#", c => c.RightAligned());
        table.AddColumn("Question");
        table.AddColumn("Your answer");
        table.AddColumn("Right answer");
        table.AddColumn(string.Empty);
        for (var i = 0; i < game.Answers.Count; i++)
        {
            var answer = game.Answers[i];
            table.AddRow(
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(answer.Question.Prompt),
                Markup.Escape(answer.Question.Options[answer.Chosen]),
                Markup.Escape(answer.Question.Answer),
                answer.IsRight ? "[green]right[/]" : "[red]wrong[/]");
        }

        if (game.Answers.Count > 0)
        {
            _console.Write(table);
        }

        _console.MarkupLine($"[bold]Score: {game.Score}/{game.Answers.Count}[/]"
            + (game.IsComplete ? string.Empty : $" [grey]({game.Questions.Count - game.Answers.Count} of {game.Questions.Count} questions not answered)[/]")
            + $" [grey]· best streak {game.BestStreak} · seed {game.Seed}[/]");
    }
}
