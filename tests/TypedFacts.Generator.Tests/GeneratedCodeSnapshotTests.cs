using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>The generated code of every feature fixture and of facts.yaml, as snapshots.</summary>
public sealed class GeneratedCodeSnapshotTests
{
    [Theory]
    [MemberData(nameof(Fixtures.ValidNames), MemberType = typeof(Fixtures))]
    public void Fixture(string name)
    {
        var run = Fixtures.Harness(name).Run();

        Snapshot.MatchRun(run, name + "#");
    }

    [Fact]
    public void SpaceFilmFacts()
    {
        var run = Fixtures.SpaceFilm().Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        Snapshot.MatchRun(run);
    }

    [Fact]
    public void CSharp73Classes()
    {
        var harness = Fixtures.Harness("declared-fields");
        harness.LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3;
        harness.Framework = TargetFramework.NetStandard20;

        var run = harness.Run();

        Snapshot.Match(run.Source("Fixtures.Declared.Person.g.cs"), "Fixtures.Declared.Person.g", "cs");
        Snapshot.Match(run.Source("Fixtures.Declared.Coordinates.g.cs"), "Fixtures.Declared.Coordinates.g", "cs");
    }

    [Fact]
    public void EmptyFileGeneratesNothing()
    {
        var run = Fixtures.Harness("empty").Run();

        run.Sources.ShouldBeEmpty();
        run.GeneratorDiagnostics.ShouldBeEmpty();
    }
}
