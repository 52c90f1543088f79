using TypedFacts.Testing;

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
        var publish = ChildProcess.Run(RepositoryFiles.Root, "dotnet", arguments);
        Output = publish.Output;
        if (publish.ExitCode == -1)
        {
            throw new TimeoutException("dotnet publish of the web quiz did not finish:\n" + Output);
        }

        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} failed (exit {publish.ExitCode}):\n{Output}");
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
