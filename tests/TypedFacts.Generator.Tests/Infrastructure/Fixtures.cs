using Xunit;

namespace TypedFacts.Generator.Tests.Infrastructure;

/// <summary>The feature fixtures (Fixtures/*.facts.yaml) and the repository's own facts.yaml.</summary>
public static class Fixtures
{
    public static readonly string[] Valid =
    [
        "declared-fields",
        "inferred-fields",
        "constants",
        "evidence",
        "identifiers",
        "claims",
        "empty",
    ];

    public static TheoryData<string> ValidNames => [.. Valid];

    /// <summary>A harness holding the fixture and the seed texts the fixtures cite.</summary>
    public static GeneratorHarness Harness(string name)
    {
        var harness = new GeneratorHarness();
        harness.AddFile(name + ".facts.yaml", GeneratorHarness.Fixture(name + ".facts.yaml"));
        foreach (var seed in Directory.GetFiles(GeneratorHarness.FixturePath("seeds")))
        {
            harness.AddFile("seeds/" + Path.GetFileName(seed), File.ReadAllText(seed));
        }

        return harness;
    }

    /// <summary>
    /// The repository root: the folder holding Generator.sln, above the test binaries or, when
    /// they are built elsewhere (--artifacts-path), above this source file.
    /// </summary>
    public static string RepositoryRoot => FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceDirectory()) ?? throw new InvalidOperationException("Generator.sln not found.");

    private static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <summary>A harness holding the repository's facts.yaml and the five articles, as SpaceFilm.Facts has them.</summary>
    public static GeneratorHarness SpaceFilm()
    {
        var root = RepositoryRoot;
        var harness = new GeneratorHarness();
        harness.AddFile("facts.yaml", File.ReadAllText(Path.Combine(root, "facts.yaml")));
        foreach (var seed in Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            harness.AddFile("seeds/" + Path.GetFileName(seed), File.ReadAllText(seed));
        }

        return harness.Property("TypedFactsVisibility", "public").Property("TypedFactsRequireEvidence", "fields");
    }
}
