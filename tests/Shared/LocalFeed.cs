// One source, linked into the package tests and the consumer-build benchmark: both build fresh consumer projects
// against the packed package.
namespace TypedFacts.Testing;

/// <summary>A folder of consumer projects that take TypedFacts from a local feed, as a user's projects take it from nuget.org.</summary>
public static class LocalFeed
{
    /// <summary>
    /// Writes <c>nuget.config</c> (TypedFacts from the feed folder <c>feed</c> beside it, every other package from the
    /// registry) and empty <c>Directory.Build.props</c> and <c>Directory.Packages.props</c>, so that no props of the
    /// repository apply to the projects below <paramref name="root"/>.
    /// </summary>
    public static void WriteConsumerSetup(string root)
    {
        File.WriteAllText(Path.Combine(root, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="feed" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="TypedFacts" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />");
    }
}
