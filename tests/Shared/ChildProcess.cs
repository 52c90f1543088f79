// One source, linked into the test projects that start programs (dotnet, the compiler, a built app).
using System.Diagnostics;
using System.Text;

namespace TypedFacts.Testing;

/// <summary>What a program printed (standard output and error, interleaved as they came) and its exit code.</summary>
public sealed record ChildProcessResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

/// <summary>
/// Runs a program as a user's shell would: without the MSBuild and VSTest variables the test host inherits from
/// `dotnet test`, without telemetry or MSBuild node reuse, and with its input closed.
/// </summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="file"/> with arguments given one by one (no quoting needed).</summary>
    public static ChildProcessResult Run(string workingDirectory, string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Run(start, workingDirectory, environment, timeout);
    }

    /// <summary>Runs <paramref name="file"/> with a command line as one string, as typed in a shell.</summary>
    public static ChildProcessResult Run(string workingDirectory, string file, string arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
        => Run(new ProcessStartInfo(file, arguments), workingDirectory, environment, timeout);

    private static ChildProcessResult Run(ProcessStartInfo start, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan? timeout)
    {
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var limit = timeout ?? TimeSpan.FromMinutes(8);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            lock (output)
            {
                return new ChildProcessResult(-1, output + $"\n(did not finish in {limit.TotalMinutes:0} minutes)");
            }
        }

        process.WaitForExit(); // the last output events
        lock (output)
        {
            return new ChildProcessResult(process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
