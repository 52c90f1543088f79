using SpaceFilm.Quiz;

namespace SpaceFilm.Quiz.Tests;

/// <summary>The exit code and the text written by one run of the command line, captured in memory.</summary>
internal sealed record CapturedRun(int ExitCode, string Output, string Error)
{
    public static CapturedRun Of(string[] args, string input = "", bool inputIsRedirected = true)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = QuizCommandLine.Run(args, reader, output, error, inputIsRedirected);
        return new CapturedRun(exitCode, output.ToString(), error.ToString());
    }
}
