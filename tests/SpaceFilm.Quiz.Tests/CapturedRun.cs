using SpaceFilm.Quiz;
using Spectre.Console.Testing;

namespace SpaceFilm.Quiz.Tests;

/// <summary>
/// The exit code and what one run of the command line wrote: the game's console (a Spectre.Console test console,
/// without colours), the plain output and the error stream.
/// </summary>
internal sealed record CapturedRun(int ExitCode, string Console, string Output, string Error, int SeedsDrawn)
{
    /// <summary>Runs without a terminal (as CI does), or at a terminal whose keys are pushed by <paramref name="keys"/>.</summary>
    public static CapturedRun Of(string[] args, bool interactive = false, Action<TestConsole>? keys = null, int newSeed = 424242)
    {
        var console = new TestConsole().Width(120);
        if (interactive)
        {
            console.Interactive();
        }

        keys?.Invoke(console);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var seeds = 0;
        var exitCode = QuizCommandLine.Run(args, new QuizHost(console, output, error, interactive, () =>
        {
            seeds++;
            return newSeed;
        }));
        return new CapturedRun(exitCode, console.Output, output.ToString(), error.ToString(), seeds);
    }
}
