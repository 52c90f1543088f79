using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using TypedFacts.Generator.Binding;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// The generated code compiles with no diagnostics at all (warning level 9999, nullable on from
/// C# 8) for every language version and target of SPEC 8: C# 7.3, 9 and latest; netstandard2.0,
/// .NET Framework 4.6.2, net10.0, and Unity's C# 9 on netstandard2.1 and on .NET Framework 4.8.
/// </summary>
public sealed class CompilationTests
{
    public static TheoryData<string, LanguageVersion, TargetFramework> Cases()
    {
        var data = new TheoryData<string, LanguageVersion, TargetFramework>();
        (LanguageVersion, TargetFramework)[] targets =
        [
            (LanguageVersion.CSharp7_3, TargetFramework.NetStandard20),
            (LanguageVersion.CSharp7_3, TargetFramework.NetFramework462),
            (LanguageVersion.CSharp7_3, TargetFramework.Net100),
            (LanguageVersion.CSharp9, TargetFramework.NetStandard20),
            (LanguageVersion.CSharp9, TargetFramework.NetStandard21),
            (LanguageVersion.CSharp9, TargetFramework.NetFramework48),
            (LanguageVersion.CSharp9, TargetFramework.Net100),
            (LanguageVersion.Latest, TargetFramework.NetStandard20),
            (LanguageVersion.Latest, TargetFramework.Net100),
        ];
        foreach (var fixture in Fixtures.Valid.Append("facts.yaml"))
        {
            foreach (var (version, framework) in targets)
            {
                data.Add(fixture, version, framework);
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

    /// <summary>Before, the second spelling dropped one namespace's support files (TF9001 at an empty path) and the build failed with CS errors.</summary>
    [Fact]
    public void NamespacesThatDifferOnlyInCaseAreOneErrorAndTheRestCompiles()
    {
        var run = new GeneratorHarness()
            .AddFile("a.facts.yaml", "namespace: Space.Facts\nrecords:\n  Person:\n    entries:\n      YuliaPeresild: {age: 37}\n")
            .AddFile("b.facts.yaml", "namespace: space.facts\nrecords:\n  Mission:\n    entries:\n      FilmCrewFlight: {days: 12}\n")
            .Run();

        var error = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("TF4003");
        error.Location.GetLineSpan().Path.ShouldEndWith("b.facts.yaml");
        run.Sources.Select(s => s.HintName).ShouldContain("Space.Facts.Person.g.cs");
        run.Sources.Select(s => s.HintName).ShouldNotContain("space.facts.Mission.g.cs");
        run.CompilationProblems.Select(d => d.ToString()).ShouldBeEmpty();
    }

    /// <summary>
    /// The names an id, field or constant may not take (<see cref="GeneratedMembers"/>) are the
    /// names the emitter writes: every public member of a generated type is a field, an entry,
    /// a constant, or in the list.
    /// </summary>
    [Theory]
    [InlineData("declared-fields", LanguageVersion.CSharp7_3)]
    [InlineData("declared-fields", LanguageVersion.Latest)]
    [InlineData("constants", LanguageVersion.Latest)]
    public void EveryPublicMemberTheEmitterWritesIsReservedForIt(string fixture, LanguageVersion version)
    {
        var harness = Fixtures.Harness(fixture);
        harness.LanguageVersion = version;
        var compilation = harness.Run().OutputCompilation;
        var syntax = FactFileParser.Parse("/project/" + fixture + ".facts.yaml", GeneratorHarness.Fixture(fixture + ".facts.yaml"), CancellationToken.None);
        var specs = FactBinder.Bind([syntax], new BindOptions("Consumer", "Consumer", EvidenceRequirement.None, "/project"), CancellationToken.None).Types;

        foreach (var spec in specs)
        {
            var (own, reserved) = spec switch
            {
                KindSpec kind => (kind.Fields.Select(f => f.PropertyName).Concat(kind.Entries.Select(e => e.PropertyName)), kind.IsEntity ? GeneratedMembers.Entity : GeneratedMembers.Value),
                CatalogSpec catalog => (catalog.Constants.Select(c => c.Name), GeneratedMembers.Catalog),
                _ => (Enumerable.Empty<string>(), null),
            };
            if (reserved is null)
            {
                continue;
            }

            var type = compilation.GetTypeByMetadataName(spec.Namespace + "." + spec.Name).ShouldNotBeNull(spec.Name);
            var generated = type.GetMembers()
                .Where(m => m.CanBeReferencedByName && m.DeclaredAccessibility == Accessibility.Public && m is not INamedTypeSymbol && m.Name != type.Name)
                .Select(m => m.Name)
                .Except(own)
                .Distinct();
            generated.ShouldBeSubsetOf(reserved.Concat(GeneratedMembers.YieldedToFields), $"{spec.Name} under C# {version}");
        }
    }

    /// <summary>SPEC 3.1: one program walks any number of models, from any number of assemblies, with the same code.</summary>
    [Fact]
    public void TwoModelsFromTwoAssembliesAreWalkedByTheSameCode()
    {
        var crew = Load("Crew", "namespace: Crew\nrecords:\n  Person:\n    fields: {name: string, age: int?}\n    entries:\n      YuliaPeresild: {name: Yulia Peresild, age: 37}\n");
        var craft = Load("Craft", "namespace: Craft\nenums:\n  Kind: [Capsule, Station]\nrecords:\n  Spacecraft:\n    fields: {name: string, kind: Kind}\n    entries:\n      SoyuzMs18: {name: Soyuz MS-18, kind: Capsule}\n      Iss: {name: International Space Station, kind: Station}\n");

        Walk(crew).ShouldBe(["Crew.Person.YuliaPeresild: name = Yulia Peresild, age = 37"]);
        Walk(craft).ShouldBe(["Craft.Spacecraft.SoyuzMs18: name = Soyuz MS-18, kind = Capsule", "Craft.Spacecraft.Iss: name = International Space Station, kind = Station"]);

        static IEnumerable<string> Walk(TypedFacts.FactModel model)
            => model.Kinds.SelectMany(kind => kind.Entries.Select(entry =>
                $"{kind}.{entry.Id}: " + string.Join(", ", kind.Fields.Select(f => f.YamlName + " = " + f.GetValue(entry)))));

        static TypedFacts.FactModel Load(string name, string yaml)
            => Compiled.Model(new GeneratorHarness().AddFile(name.ToLowerInvariant() + ".facts.yaml", yaml), name + "." + Identifiers.DefaultCatalog(name.ToLowerInvariant() + ".facts.yaml"));
    }

    /// <summary>The top-level types: a nested one (FactDataReader.Item) cannot clash with a generated type's name.</summary>
    [Fact]
    public void TheReservedRuntimeNamesAreTheRuntimeLibrarysTypes()
        => typeof(TypedFacts.FactKind).Assembly.GetExportedTypes().Where(t => !t.IsNested).Select(t => t.Name.Split('`')[0]).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(RuntimeTypes.Names.Order(StringComparer.Ordinal));

    [Fact]
    public void VisibilityFollowsTheMsBuildProperty()
    {
        var run = Fixtures.Harness("declared-fields").Property("TypedFactsVisibility", "public").Run();

        run.Source("Fixtures.Declared.Person.g.cs").ShouldContain("public sealed partial record Person");
        run.Source("Fixtures.Declared.Role.g.cs").ShouldContain("public enum Role");
    }
}
