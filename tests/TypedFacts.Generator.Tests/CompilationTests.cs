using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// The generated code compiles with no diagnostics at all (warning level 9999, nullable on from
/// C# 8) under C# 7.3, 9 and latest, against netstandard2.0 and net10.0 reference assemblies.
/// </summary>
public sealed class CompilationTests
{
    public static TheoryData<string, LanguageVersion, TargetFramework> Cases()
    {
        var data = new TheoryData<string, LanguageVersion, TargetFramework>();
        foreach (var fixture in Fixtures.Valid.Append("facts.yaml"))
        {
            foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp9, LanguageVersion.Latest })
            {
                foreach (var framework in new[] { TargetFramework.NetStandard20, TargetFramework.Net100 })
                {
                    data.Add(fixture, version, framework);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GeneratedCodeCompilesWithoutDiagnostics(string fixture, LanguageVersion version, TargetFramework framework)
    {
        var harness = fixture == "facts.yaml" ? Fixtures.SpaceFilm() : Fixtures.Harness(fixture);
        harness.LanguageVersion = version;
        harness.Framework = framework;

        var run = harness.Run();

        run.Errors.ShouldBeEmpty();
        run.CompilationProblems.Select(d => d.ToString()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, "class")]
    [InlineData(LanguageVersion.CSharp8, "class")]
    [InlineData(LanguageVersion.CSharp9, "record")]
    [InlineData(LanguageVersion.Latest, "record")]
    public void KindsAreRecordsFromCSharp9AndClassesBefore(LanguageVersion version, string keyword)
    {
        var harness = Fixtures.Harness("declared-fields");
        harness.LanguageVersion = version;

        var source = harness.Run().Source("Fixtures.Declared.Person.g.cs");

        source.ShouldContain($"internal sealed partial {keyword} Person");
    }

    [Theory]
    [InlineData(TargetFramework.Net100, "global::System.DateOnly")]
    [InlineData(TargetFramework.NetStandard20, "global::System.DateTime")]
    public void DatesAreDateOnlyWhereTheTargetHasIt(TargetFramework framework, string type)
    {
        var harness = Fixtures.Harness("declared-fields");
        harness.Framework = framework;

        var source = harness.Run().Source("Fixtures.Declared.Person.g.cs");

        source.ShouldContain($"public {type}? Born {{ get; }}");
    }

    [Fact]
    public void AFactFileListedTwiceIsReadOnce()
    {
        var yaml = GeneratorHarness.Fixture("declared-fields.facts.yaml");
        var run = new GeneratorHarness().AddFile("data/facts.yaml", yaml).AddFile("data/../data/facts.yaml", yaml).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.Sources.Count(s => s.HintName == "Fixtures.Declared.Person.g.cs").ShouldBe(1);
    }

    [Fact]
    public void VisibilityFollowsTheMsBuildProperty()
    {
        var run = Fixtures.Harness("declared-fields").Property("TypedFactsVisibility", "public").Run();

        run.Source("Fixtures.Declared.Person.g.cs").ShouldContain("public sealed partial record Person");
        run.Source("Fixtures.Declared.Role.g.cs").ShouldContain("public enum Role");
    }
}
