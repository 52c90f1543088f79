using Spectre.Console;

namespace SpaceFilm.Quiz;

/// <summary>The console entry point: the only place that touches <see cref="Console"/>.</summary>
public static class Program
{
    /// <summary>Runs the quiz or the JSON export on the console.</summary>
    /// <param name="args">The command-line arguments; <c>--help</c> lists them.</param>
    /// <returns>The exit code (<see cref="QuizExitCode"/>).</returns>
    public static int Main(string[] args)
    {
        // Someone can answer only at a terminal: input not redirected, and output a console Spectre can prompt on.
        var interactive = !Console.IsInputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        return QuizCommandLine.Run(args, new QuizHost(AnsiConsole.Console, Console.Out, Console.Error, interactive, () => Random.Shared.Next(1, 1_000_000)));
    }
}
