namespace SpaceFilm.Quiz;

/// <summary>The console entry point: the only place that touches <see cref="Console"/>.</summary>
public static class Program
{
    /// <summary>Runs the quiz or the JSON export on the console.</summary>
    /// <param name="args">The command-line arguments; see <see cref="QuizCommandLine.Usage"/>.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) =>
        QuizCommandLine.Run(args, Console.In, Console.Out, Console.Error, Console.IsInputRedirected);
}
