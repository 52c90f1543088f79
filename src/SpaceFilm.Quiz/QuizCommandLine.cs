using System.CommandLine;
using System.CommandLine.Parsing;
using Spectre.Console;

namespace SpaceFilm.Quiz;

/// <summary>Where the quiz runs: its console, its plain output and error streams, and where new seeds come from.</summary>
/// <param name="Console">The Spectre.Console console the game is played on.</param>
/// <param name="Output">Plain output: the JSON export, the answer key, help and version.</param>
/// <param name="Error">Usage errors.</param>
/// <param name="IsInteractive">Whether someone can answer at a terminal (the input is not redirected).</param>
/// <param name="NewSeed">A new seed for a game without <c>--seed</c>.</param>
public sealed record QuizHost(IAnsiConsole Console, TextWriter Output, TextWriter Error, bool IsInteractive, Func<int> NewSeed);

/// <summary>The command line: <c>[--seed N] [--count N] [--rounds people,numbers,…] [--answers A,C,B]</c>, or <c>facts --json</c>.</summary>
public static class QuizCommandLine
{
    /// <summary>The questions of a game unless <c>--count</c> says otherwise.</summary>
    public const int DefaultCount = 10;

    /// <summary>The round names <c>--rounds</c> takes.</summary>
    public static readonly IReadOnlyDictionary<string, QuizRounds> RoundNames = new Dictionary<string, QuizRounds>(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = QuizRounds.People,
        ["numbers"] = QuizRounds.Numbers,
        ["dates"] = QuizRounds.Dates,
        ["quotes"] = QuizRounds.Quotes,
        ["claims"] = QuizRounds.Claims,
    };

    /// <summary>Parses the command line and runs what it asks for.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="host">Where to run.</param>
    /// <returns>The exit code (<see cref="QuizExitCode"/>).</returns>
    public static int Run(string[] args, QuizHost host)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        var root = Create(host);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                host.Error.WriteLine(error.Message);
            }

            host.Error.WriteLine("Run SpaceFilm.Quiz --help for the options.");
            return QuizExitCode.UsageError;
        }

        return result.Invoke(new InvocationConfiguration { Output = host.Output, Error = host.Error });
    }

    /// <summary>The commands and options, with their actions.</summary>
    /// <param name="host">Where the actions run.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Create(QuizHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var seed = new Option<int?>("--seed") { Description = "Replay the game of this seed (every game prints its seed); a new random game without it" };
        var count = new Option<int>("--count")
        {
            Description = "How many questions a game has",
            DefaultValueFactory = _ => DefaultCount,
            CustomParser = r =>
            {
                var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Empty;
                if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value is < 1 or > 1000)
                {
                    r.AddError($"--count takes a number from 1 to 1000, not '{text}'.");
                }

                return value;
            },
        };
        var rounds = new Option<QuizRounds>("--rounds")
        {
            Description = "The rounds to draw questions from, separated by commas: people, numbers, dates, quotes, claims (all by default)",
            HelpName = "people,numbers,dates,quotes,claims",
            DefaultValueFactory = _ => QuizRounds.All,
            CustomParser = ParseRounds,
        };
        var answers = new Option<string[]>("--answers")
        {
            Description = "Play without prompts, with these answers in turn (letters or numbers, q quits), such as A,C,B",
            HelpName = "A,C,B",
            CustomParser = r => [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))],
        };

        var root = new RootCommand("A quiz played on the typed fact model of facts.yaml: the first feature film shot in space.")
        {
            seed, count, rounds, answers,
        };
        // The quiz's own version (the built-in option reads the entry assembly's, which is the test host's under tests).
        root.Options.Remove(root.Options.OfType<VersionOption>().Single());
        var version = new Option<bool>("--version") { Description = "Show version information" };
        root.Options.Add(version);
        root.SetAction(parsed => parsed.GetValue(version) ? WriteVersion(host) : Play(host, parsed.GetValue(seed) ?? host.NewSeed(), parsed.GetValue(count), parsed.GetValue(rounds), parsed.GetResult(answers) is null ? null : parsed.GetValue(answers) ?? []));

        var json = new Option<bool>("--json") { Description = "As JSON (the only format, so it must be given)" };
        var facts = new Command("facts", "Print every entry, source and constant of the fact model, walked through its metadata") { json };
        facts.SetAction(parsed =>
        {
            if (!parsed.GetValue(json))
            {
                host.Error.WriteLine("facts prints the model as JSON only: run SpaceFilm.Quiz facts --json.");
                return QuizExitCode.UsageError;
            }

            FactJsonWriter.Write(host.Output, SpaceFilm.Facts.Model);
            return QuizExitCode.Completed;
        });
        root.Subcommands.Add(facts);
        return root;
    }

    /// <summary>The engine on the SpaceFilm model, with its phrasing.</summary>
    public static QuizEngine CreateEngine() => new(SpaceFilm.Facts.Model, SpaceFilmPhrasing.Create());

    /// <summary>The quiz's informational version, such as <c>0.1.0+4c25f7c</c>.</summary>
    public static string Version
        => typeof(QuizCommandLine).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";

    private static int WriteVersion(QuizHost host)
    {
        host.Output.WriteLine(Version);
        return QuizExitCode.Completed;
    }

    private static int Play(QuizHost host, int seed, int count, QuizRounds rounds, string[]? answers)
    {
        var engine = CreateEngine();
        var game = new QuizSession(seed, engine.CreateGame(seed, count, rounds));
        if (answers is not null)
        {
            return new TerminalQuiz(host.Console, engine).Play(game, TerminalQuiz.Scripted(host.Console, answers));
        }

        if (!host.IsInteractive)
        {
            AnswerKey.Write(host.Output, engine, game);
            return QuizExitCode.Completed;
        }

        return new TerminalQuiz(host.Console, engine).Play(game, TerminalQuiz.Prompted(host.Console));
    }

    private static QuizRounds ParseRounds(ArgumentResult result)
    {
        var rounds = QuizRounds.None;
        foreach (var name in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (!RoundNames.TryGetValue(name, out var round))
            {
                result.AddError($"'{name}' is not a round: use {string.Join(", ", RoundNames.Keys)}.");
                return QuizRounds.None;
            }

            rounds |= round;
        }

        if (rounds == QuizRounds.None)
        {
            result.AddError("--rounds needs at least one round.");
        }

        return rounds;
    }
}
