using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// SPEC 8 and issue 13: the generator run by Microsoft.CodeAnalysis.CSharp 4.3.1's own
/// <see cref="CSharpGeneratorDriver"/>, the Roslyn Unity 2022.3.12 to 6.x loads; its output must be
/// the same, file for file, as under the current Roslyn the generator tests use.
/// </summary>
public sealed class Roslyn43Tests
{
    private static readonly string SnapshotFolder = Path.Combine(Fixtures.RepositoryRoot, "tests", "TypedFacts.Generator.Tests", "Snapshots");

    [Fact]
    public void TheHostIsRoslyn431()
    {
        var assembly = typeof(CSharpGeneratorDriver).Assembly;
        assembly.GetName().Version.ShouldBe(new Version(4, 3, 0, 0));
        FileVersionInfo.GetVersionInfo(assembly.Location).ProductVersion.ShouldStartWith("4.3.1");
        typeof(Compilation).Assembly.GetName().Version.ShouldBe(new Version(4, 3, 0, 0));
    }

    [Theory]
    [MemberData(nameof(Fixtures.ValidNames), MemberType = typeof(Fixtures))]
    public void EveryFixtureGeneratesWhatTheCurrentRoslynGenerates(string name)
    {
        var run = Fixtures.Harness(name).Run();

        ShouldMatchSnapshots(run, "GeneratedCodeSnapshotTests.Fixture#" + name + "#");
    }

    [Fact]
    public void FactsYamlGeneratesWhatTheCurrentRoslynGeneratesAndCompiles()
    {
        var run = Fixtures.SpaceFilm().Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();
        ShouldMatchSnapshots(run, "GeneratedCodeSnapshotTests.SpaceFilmFacts#");
    }

    [Fact]
    public void AnEditToACSharpFileRerunsNothing()
    {
        var harness = Fixtures.SpaceFilm();
        var first = harness.Run();
        var edited = first.OutputCompilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Edited { } }", harness.ParseOptions));

        var second = GeneratorHarness.Run(first.Driver, edited);

        IncrementalSteps.ShouldAllBeCachedOrUnchanged(second.Result);
    }

    [Fact]
    public void AnEditToOneEntryRegeneratesOnlyItsKindsFile()
    {
        var harness = Fixtures.SpaceFilm();
        var first = harness.Run();
        var facts = harness.AdditionalTexts.Single(t => t.Path.EndsWith("facts.yaml", StringComparison.Ordinal));
        var text = facts.GetText()!.ToString();
        var edited = text.Replace("\n        age: 38\n", "\n        age: 39\n", StringComparison.Ordinal);
        edited.ShouldNotBe(text);

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(facts, new InMemoryAdditionalText(facts.Path, edited)), first.OutputCompilation);

        second.Result.Results.Single().Exception.ShouldBeNull();
        second.GeneratorDiagnostics.ShouldBeEmpty();
        IncrementalSteps.SourcesRegenerated(second.Result).ShouldBe(1);
        second.Source("SpaceFilm.Person.g.cs").ShouldNotBe(first.Source("SpaceFilm.Person.g.cs"));
    }

    /// <summary>Each generated file and the diagnostics, against the generator tests' verified files.</summary>
    private static void ShouldMatchSnapshots(GeneratorRun run, string prefix)
    {
        run.Result.Results.Single().Exception.ShouldBeNull();
        var expected = Directory.GetFiles(SnapshotFolder, prefix + "*.verified.*")
            .Select(Path.GetFileName).OfType<string>()
            .Where(f => !f.EndsWith("diagnostics.verified.txt", StringComparison.Ordinal))
            .Select(f => f[prefix.Length..^".verified.cs".Length] + ".cs")
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        run.Sources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal).ShouldBe(expected);
        foreach (var source in run.Sources)
        {
            var verified = File.ReadAllText(Path.Combine(SnapshotFolder, prefix + source.HintName[..^".cs".Length] + ".verified.cs"));
            source.SourceText.ToString().Replace("\r\n", "\n").ShouldBe(verified, source.HintName);
        }

        var diagnostics = File.ReadAllText(Path.Combine(SnapshotFolder, prefix + "diagnostics.verified.txt"));
        Snapshot.DiagnosticText(run.GeneratorDiagnostics).ShouldBe(diagnostics);
    }
}
