using Microsoft.CodeAnalysis;
using Shouldly;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// SPEC 1 (1.1) and issue 13: Unity hands a generator only the AdditionalFiles named
/// <c>{Name}.{AnalyzerName}.additionalfile</c>, and no MSBuild properties, only global analyzer configs.
/// </summary>
public sealed class UnityFileTests
{
    private const string Suffix = ".TypedFacts.Generator.additionalfile";

    private const string Article = "Yulia Peresild, 37, and Klim Shipenko, 38, landed as planned in Kazakhstan's steppe at 0436 GMT.";

    private static string FactFile(string quote = "Yulia Peresild, 37", string file = "Article" + Suffix) => $$"""
        typedfacts: 1.1
        sources:
          Article000:
            file: {{file}}
            title: After filming their first film in space, Russians return to Earth
        records:
          Person:
            fields:
              name: string
              age: int
            entries:
              YuliaPeresild:
                name: Yulia Peresild
                age: 37
                $evidence:
                  - Article000: "{{quote}}"

        """;

    [Fact]
    public void TheSuffixIsTheGeneratorAssemblysName()
        => UnityFiles.Suffix.ShouldBe(Suffix); // Unity matches it case-sensitively against the analyzer DLL's name

    [Theory]
    [InlineData("Assets/Facts" + Suffix, true, "Facts")]
    [InlineData("Assets/Items" + Suffix, true, "Items")]
    [InlineData("Assets/space-film" + Suffix, true, "space-film")]
    [InlineData("Assets/space.film" + Suffix, false, "")] // Unity passes no file whose {Name} has a dot
    [InlineData("Assets/Facts.typedfacts.generator.additionalfile", false, "")] // nor one whose analyzer name differs in case
    [InlineData("Assets/Facts.TypedFacts.Generator.additionalfile.txt", false, "")]
    [InlineData("Assets/" + Suffix, false, "")]
    [InlineData("Assets/facts.yaml", false, "")]
    public void UnityNamesAreRecognisedExactly(string path, bool expected, string name)
    {
        UnityFiles.IsUnityName(path, out var actualName).ShouldBe(expected);
        actualName.ShouldBe(name);
    }

    [Theory]
    [InlineData("Facts", "Facts")]
    [InlineData("facts", "Facts")]
    [InlineData("Items", "ItemsFacts")]
    [InlineData("space-film", "SpaceFilmFacts")]
    public void TheDefaultCatalogComesFromTheNameAsFromNameDotFactsDotYaml(string name, string catalog)
    {
        Identifiers.DefaultCatalog("/project/Assets/" + name + Suffix).ShouldBe(catalog);
        Identifiers.DefaultCatalog("/project/" + (name.Equals("facts", StringComparison.OrdinalIgnoreCase) ? "facts.yaml" : name + ".facts.yaml")).ShouldBe(catalog);
    }

    [Theory]
    [InlineData("typedfacts: 1.1\n", true)]
    [InlineData("\uFEFFtypedfacts: 1\n", true)]
    [InlineData("# a comment\n\n%YAML 1.2\n---\ntypedfacts: 1.1\n", true)]
    [InlineData("--- typedfacts: 1.1\n", true)]
    [InlineData("\"typedfacts\": 1.1\n", true)]
    [InlineData("{typedfacts: 1.1, records: {}}", true)]
    [InlineData("  typedfacts:\t1.1\r\n", true)]
    [InlineData("namespace: Game\ntypedfacts: 1.1\n", false)] // not the first key
    [InlineData("typedfactsX: 1.1\n", false)]
    [InlineData("typedfacts:1.1\n", false)] // a plain scalar, not a key
    [InlineData("Yulia Peresild, 37, landed at 0436 GMT.", false)]
    [InlineData("", false)]
    public void AFactFileBeginsWithTheVersionKey(string text, bool expected)
        => UnityFiles.StartsWithVersionKey(text).ShouldBe(expected);

    [Fact]
    public void AUnityNamedFactFileGeneratesItsModelAndCitesAUnityNamedArticle()
    {
        var run = new GeneratorHarness().AddFile("Assets/Facts" + Suffix, FactFile()).AddFile("Assets/Article" + Suffix, Article).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();
        var hints = run.Sources.Select(s => s.HintName).ToList();
        hints.ShouldContain("Consumer.Person.g.cs");
        hints.ShouldContain("Consumer.Facts.g.cs"); // the catalog is named from {Name}
    }

    [Fact]
    public void AMisquoteIsLocatedInTheUnityNamedFactFile()
    {
        var yaml = FactFile(quote: "Yulia Peresild, 36");
        var run = new GeneratorHarness().AddFile("Assets/Facts" + Suffix, yaml).AddFile("Assets/Article" + Suffix, Article).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("TF3002");
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldEndWith("Assets/Facts" + Suffix);
        span.StartLinePosition.Line.ShouldBe(yaml.Split('\n').ToList().FindIndex(l => l.Contains("Yulia Peresild, 36", StringComparison.Ordinal)));
    }

    [Fact]
    public void AUnityNamedTextWithoutTheVersionKeyIsNotAFactFile()
    {
        // An article (or any text) named for the generator is only read when a fact file cites it.
        var run = new GeneratorHarness().AddFile("Assets/Article" + Suffix, Article).AddFile("Assets/Notes" + Suffix, "records:\n  Person: {}\n").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void AnAssemblyWithoutFactFilesGetsNothing()
    {
        // Unity runs the generator on every assembly in its scope: most of them have no fact file.
        var run = new GeneratorHarness().AddFile("Assets/readme.txt", "nothing here").Run();

        run.Sources.ShouldBeEmpty();
        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();
    }

    [Fact]
    public void TheAdviceForAMissingTextInUnityNamesTheUnityFileName()
    {
        var run = new GeneratorHarness().AddFile("Assets/Facts" + Suffix, FactFile(file: "seeds/article.txt")).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("TF3004");
        var message = diagnostic.GetMessage();
        message.ShouldContain("'Article" + Suffix + "'");
        message.ShouldNotContain("<AdditionalFiles");
    }

    [Fact]
    public void TheAdviceForAMissingUnityNamedTextSaysWhereToPutIt()
    {
        var run = new GeneratorHarness().AddFile("Assets/Facts" + Suffix, FactFile()).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("TF3004");
        diagnostic.GetMessage().ShouldContain("in Unity, put the text in the Assets folder");
    }

    [Fact]
    public void OptionsComeFromTheGlobalAnalyzerConfigAsFromMSBuild()
    {
        // Unity's Default.globalconfig reaches the generator as global options, like CompilerVisibleProperty does.
        var run = new GeneratorHarness()
            .Property("TypedFactsNamespace", "Game.Facts")
            .Property("TypedFactsVisibility", "public")
            .AddFile("Assets/Facts" + Suffix, FactFile())
            .AddFile("Assets/Article" + Suffix, Article)
            .Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        var person = run.Source("Game.Facts.Person.g.cs");
        person.ShouldContain("namespace Game.Facts");
        person.ShouldContain("public sealed partial record Person");
    }
}
