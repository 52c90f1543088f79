using TypedFacts.Testing;
using Shouldly;
using Xunit;

namespace TypedFacts.Package.Tests;

/// <summary>
/// Packs the TypedFacts package (runtime and generator) once into a local folder feed, and gives every consumer project of the
/// run the same NuGet setup: that feed for TypedFacts (by version, never a project reference),
/// the usual registry for everything else, and one private package cache shared by all of them.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "typedfacts-package-tests-" + System.Environment.ProcessId);
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        Directory.CreateDirectory(Root);
        Feed = Path.Combine(Root, "feed");
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

        var pack = DotNet.Run(RepositoryRoot, $"pack src/TypedFacts/TypedFacts.csproj -c Release -o \"{Feed}\" -p:Version={Version}");
        pack.ExitCode.ShouldBe(0, pack.ToString());
        File.Exists(Path.Combine(Feed, $"TypedFacts.{Version}.nupkg")).ShouldBeTrue(pack.ToString());

        // Consumers live under Root: TypedFacts from the feed, and no Directory.Build.props or central package management of the repository.
        LocalFeed.WriteConsumerSetup(Root);
    }

    /// <summary>The version under test; the cache is private, so a plain version cannot meet a stale copy.</summary>
    public string Version => "0.1.0";

    public string Root { get; }

    public string Feed { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A new empty folder for one consumer.</summary>
    public string Folder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public ChildProcessResult Dotnet(string folder, string arguments) => DotNet.Run(folder, arguments, Environment);

    public void Dispose()
    {
        if (System.Environment.GetEnvironmentVariable("TYPEDFACTS_KEEP_PACKAGE_TESTS") is null)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

[CollectionDefinition(nameof(PackageFeed))]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>;
