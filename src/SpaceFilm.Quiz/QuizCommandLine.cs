using System.Globalization;

namespace SpaceFilm.Quiz;

/// <summary>Reads the command line and runs the quiz or the JSON export on the given streams.</summary>
public static class QuizCommandLine
{
    /// <summary>The exit code for a command line that cannot be understood.</summary>
    public const int UsageError = 2;

    /// <summary>How to call the program.</summary>
    public const string Usage = """
        Usage:
          SpaceFilm.Quiz [--seed <number>]   play the quiz (shows the answers when input is not a terminal)
          SpaceFilm.Quiz facts --json        print every entry and constant of the fact model as JSON
          SpaceFilm.Quiz --help              show this help
        """;

    /// <summary>Runs the program.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="input">Where answers are read from.</param>
    /// <param name="output">Where the quiz, the JSON and the help go.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <param name="inputIsRedirected">
    /// Whether the input is a file or a pipe rather than a terminal: then nobody can answer, so the quiz shows its
    /// answers instead of waiting for input.
    /// </param>
    /// <returns>The exit code: 0, or <see cref="UsageError"/>.</returns>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, bool inputIsRedirected)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        switch (args)
        {
            case []:
                return RunQuiz(QuizQuestionBank.DefaultSeed, input, output, inputIsRedirected);
            case ["--seed", var text] when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed):
                return RunQuiz(seed, input, output, inputIsRedirected);
            case ["--help" or "-h" or "-?"]:
                output.WriteLine(Usage);
                return 0;
            case ["facts", "--json"]:
                FactJsonWriter.Write(output, Facts.Model);
                return 0;
            default:
                error.WriteLine($"Unknown arguments: {string.Join(' ', args)}");
                error.WriteLine(Usage);
                return UsageError;
        }
    }

    private static int RunQuiz(int seed, TextReader input, TextWriter output, bool inputIsRedirected)
    {
        var questions = QuizQuestionBank.Create(seed);
        var runner = new QuizRunner(input, output);
        if (inputIsRedirected)
        {
            runner.ShowAnswers(questions);
        }
        else
        {
            runner.Play(questions);
        }

        return 0;
    }
}
