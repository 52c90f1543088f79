using System.Diagnostics;
using System.Text;

namespace SpaceFilm.Web.Tests;

/// <summary>
/// The web quiz as <c>dotnet publish src/SpaceFilm.Web -c Release</c> makes it, published once per test run into a
/// folder of its own. <c>--artifacts-path</c> gives the publish its own bin and obj folders, so that it never writes
/// where the solution's build, or another test's <c>dotnet pack</c>, is writing at the same time.
/// </summary>
public sealed class PublishedApp : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "spacefilm-web-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Lazy<string> _wwwroot;

    public PublishedApp() => _wwwroot = new Lazy<string>(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The published <c>wwwroot</c>: the static files a web server serves.</summary>
    public string WwwRoot => _wwwroot.Value;

    /// <summary>What the publish printed.</summary>
    public string Output { get; private set; } = string.Empty;

    private string Publish()
    {
        var output = Path.Combine(_work, "publish");
        var arguments = $"publish \"{RepositoryFiles.WebProject}\" -c Release -nologo -o \"{output}\" --artifacts-path \"{Path.Combine(_work, "artifacts")}\"";
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };

        // The test host runs inside MSBuild's world (dotnet test); the publish must not inherit it.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var log = new StringBuilder();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish of the web quiz took over 8 minutes:\n" + log);
        }

        process.WaitForExit();
        Output = log.ToString();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} failed (exit {process.ExitCode}):\n{Output}");
        }

        var wwwroot = Path.Combine(output, "wwwroot");
        if (!File.Exists(Path.Combine(wwwroot, "index.html")))
        {
            throw new InvalidOperationException("The publish made no wwwroot/index.html:\n" + Output);
        }

        return wwwroot;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_work))
            {
                Directory.Delete(_work, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
