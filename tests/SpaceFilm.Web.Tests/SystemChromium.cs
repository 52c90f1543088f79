namespace SpaceFilm.Web.Tests;

/// <summary>
/// The machine's own Chromium (Debian's <c>chromium</c> package): Playwright drives it, and never downloads a browser.
/// </summary>
public static class SystemChromium
{
    public const string InstallCommand = "apt-get update && apt-get install -y chromium";

    /// <summary>The browser's executable: <c>$CHROMIUM_PATH</c>, else the first of chromium, chromium-browser on the PATH; null if none.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The browser, or the test's end: under CI (<c>CI=true</c>) a missing browser fails the test, since CI installs
    /// it; elsewhere the test reports itself skipped, with the command that installs it.
    /// </summary>
    public static string Require()
    {
        var chromium = Find();
        if (chromium is not null)
        {
            return chromium;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"Chromium is not installed, and CI must run the browser test: {InstallCommand} (.ci/run does it when it is missing).");
        }

        Skip.If(true, $"Chromium is not installed, so the browser test cannot run; install it with: {InstallCommand} (browsers are never downloaded).");
        return null!;
    }

    /// <summary>The switches Chromium needs here: root (no sandbox), no GPU, and no connections of its own to a closed network.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
    ];
}
