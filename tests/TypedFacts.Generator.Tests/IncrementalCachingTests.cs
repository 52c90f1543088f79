using Microsoft.CodeAnalysis;
using TypedFacts.Generator.Pipeline;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>SPEC 7 and issue 5: what each kind of edit reruns, proved with step tracking.</summary>
public sealed class IncrementalCachingTests
{
    private const string Missions = """
        namespace: Space
        records:
          Mission:
            fields: {name: string, crew: "Person[]"}
            entries:
              FilmCrewFlight: {name: Soyuz MS-18, crew: [YuliaPeresild]}
        """;

    private const string People = """
        namespace: Space
        enums:
          Role: [Actress, Director]
        records:
          Person:
            fields: {name: string, role: Role}
            entries:
              YuliaPeresild: {name: Yulia Peresild, role: Actress}
              KlimShipenko: {name: Klim Shipenko, role: Director}
        """;

    private const string Places = """
        namespace: Space
        sources:
          Article000: {file: seeds/article.txt, title: Landing}
        records:
          Place:
            fields: {name: string}
            entries:
              KazakhSteppe:
                name: Kazakh steppe
                $evidence:
                  - Article000: "landed as planned in Kazakhstan's steppe"
                  - {source: Article000, quote: "Kazakhstan's steppe", fields: [name], value: Kazakhstan's steppe}
        """;

    private const string ArticleText = "Yulia Peresild, 37, and Klim Shipenko, 38, landed as planned in Kazakhstan’s steppe at 0436 GMT.";

    private const string Crew = """
        namespace: Space
        sources:
          Article001: {file: seeds/other.txt, title: The crew}
        records:
          CrewMember:
            fields: {name: string}
            entries:
              OlegNovitsky:
                name: Oleg Novitsky
                $evidence: [Article001: "Cosmonaut Oleg Novitsky"]
        """;

    [Fact]
    public void AnEditToACSharpFileRerunsNothing()
    {
        var (harness, first) = ThreeFiles();
        var compilation = first.OutputCompilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", harness.ParseOptions));

        var second = GeneratorHarness.Run(first.Driver, compilation);

        IncrementalSteps.ShouldAllBeCachedOrUnchanged(second.Result);
    }

    [Fact]
    public void AnEditToAnUnrelatedAdditionalFileRerunsNothing()
    {
        var (harness, first) = ThreeFiles();
        var notes = harness.AdditionalTexts.Single(t => t.Path.EndsWith("notes.txt", StringComparison.Ordinal));

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(notes, new InMemoryAdditionalText(notes.Path, "edited notes")), first.OutputCompilation);

        IncrementalSteps.ShouldAllBeCachedOrUnchanged(second.Result);
    }

    [Fact]
    public void AnEditToOneOfThreeFactFilesReparsesThatFileAndRegeneratesOnlyItsKinds()
    {
        var (harness, first) = ThreeFiles();
        var people = harness.AdditionalTexts.Single(t => t.Path.EndsWith("people.facts.yaml", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(people.Path, People.Replace("name: Klim Shipenko,", "name: Klim Shipenko the director,", StringComparison.Ordinal));

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(people, edited), first.OutputCompilation);

        IncrementalSteps.Reasons(second.Result, TrackingNames.Parse).ShouldBe(
            [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached], ignoreOrder: true);
        IncrementalSteps.Reasons(second.Result, TrackingNames.Emit).Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        IncrementalSteps.SourcesRegenerated(second.Result).ShouldBe(1);
        second.Source("Space.Person.g.cs").ShouldContain("Klim Shipenko the director");
    }

    /// <summary>
    /// References hold the target's id, never its position (SPEC 3.2): inserting an entry at the
    /// top of Person moves every Person entry, yet Mission, whose crew references them, is not
    /// generated again.
    /// </summary>
    [Fact]
    public void InsertingAnEntryAtTheTopOfAReferencedKindRegeneratesThatKindsFileOnly()
    {
        var (harness, first) = ThreeFiles();
        var people = harness.AdditionalTexts.Single(t => t.Path.EndsWith("people.facts.yaml", StringComparison.Ordinal));
        var inserted = People.Replace("      YuliaPeresild:", "      AntonShkaplerov: {name: Anton Shkaplerov, role: Director}\n      YuliaPeresild:", StringComparison.Ordinal);

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(people, new InMemoryAdditionalText(people.Path, inserted)), first.OutputCompilation);

        second.GeneratorDiagnostics.ShouldBeEmpty();
        RegeneratedFiles(second).ShouldBe(["Space.Person.g.cs"]);
        second.Source("Space.Mission.g.cs").ShouldBe(first.Source("Space.Mission.g.cs"));
    }

    /// <summary>Visibility is an emit option: every public file is written again, but nothing is parsed or bound again.</summary>
    [Fact]
    public void ChangingTheVisibilityReemitsWithoutRebinding()
    {
        var (harness, first) = ThreeFiles();
        var options = harness.Property("TypedFactsVisibility", "public").OptionsProvider;

        var second = GeneratorHarness.Run(first.Driver.WithUpdatedAnalyzerConfigOptions(options), first.OutputCompilation);

        IncrementalSteps.Reasons(second.Result, TrackingNames.BindOptions).ShouldAllBe(r => r == IncrementalStepRunReason.Unchanged);
        IncrementalSteps.Reasons(second.Result, TrackingNames.Parse).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        IncrementalSteps.Reasons(second.Result, TrackingNames.Bind).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        // The namespace's registry is internal whatever the visibility: its text is the same.
        RegeneratedFiles(second).ShouldBe(first.Sources.Select(s => s.HintName).Where(h => !h.EndsWith("__FactModel.g.cs", StringComparison.Ordinal)), ignoreOrder: true);
        second.Source("Space.Person.g.cs").ShouldContain("public sealed partial record Person");
    }

    /// <summary>A claim is part of its entry: editing its value regenerates that kind's file, and checks no quote again.</summary>
    [Fact]
    public void EditingAClaimRegeneratesOnlyTheKindItDisputes()
    {
        var (harness, first) = ThreeFiles();
        var places = harness.AdditionalTexts.Single(t => t.Path.EndsWith("places.facts.yaml", StringComparison.Ordinal));
        var edited = Places.Replace("value: Kazakhstan's steppe}", "value: the Kazakh steppe}", StringComparison.Ordinal);
        edited.ShouldNotBe(Places);

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(places, new InMemoryAdditionalText(places.Path, edited)), first.OutputCompilation);

        second.GeneratorDiagnostics.ShouldBeEmpty();
        RegeneratedFiles(second).ShouldBe(["Space.Place.g.cs"]);
        IncrementalSteps.Reasons(second.Result, TrackingNames.QuoteChecks).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        second.Source("Space.Place.g.cs").ShouldContain("the Kazakh steppe");
        first.Source("Space.Place.g.cs").ShouldNotContain("the Kazakh steppe");
    }

    [Fact]
    public void MovingLinesOfAFactFileRegeneratesNoSource()
    {
        var (harness, first) = ThreeFiles();
        var places = harness.AdditionalTexts.Single(t => t.Path.EndsWith("places.facts.yaml", StringComparison.Ordinal));
        var moved = new InMemoryAdditionalText(places.Path, "# a comment moves every line down\n\n" + Places);

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(places, moved), first.OutputCompilation);

        IncrementalSteps.Reasons(second.Result, TrackingNames.Parse).Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        IncrementalSteps.Reasons(second.Result, TrackingNames.Emit).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        IncrementalSteps.SourcesRegenerated(second.Result).ShouldBe(0);
    }

    [Fact]
    public void EditingAnArticleRechecksOnlyTheQuotesCitingIt()
    {
        var (harness, first) = ThreeFiles();
        var article = harness.AdditionalTexts.Single(t => t.Path.EndsWith("article.txt", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(article.Path, ArticleText + " More text.");

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(article, edited), first.OutputCompilation);

        IncrementalSteps.Reasons(second.Result, TrackingNames.Parse).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        // Two sources, two groups of quotes: the edited article's group is checked again, the other's is not.
        IncrementalSteps.Reasons(second.Result, TrackingNames.QuoteChecks).ShouldBe(
            [IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached], ignoreOrder: true);
        IncrementalSteps.SourcesRegenerated(second.Result).ShouldBe(0);
    }

    [Fact]
    public void StepOutputsHoldNoRoslynObjects()
    {
        var (_, first) = ThreeFiles();

        IncrementalSteps.ShouldHoldNoRoslynObjects(first.Result);
        foreach (var step in TrackingNames.All)
        {
            first.Result.Results.Single().TrackedSteps.ContainsKey(step).ShouldBeTrue(step);
        }
    }

    [Fact]
    public void RunningTwiceOnTheSameInputIsAllCached()
    {
        var (_, first) = ThreeFiles();

        var second = GeneratorHarness.Run(first.Driver, first.OutputCompilation);

        IncrementalSteps.ShouldAllBeCachedOrUnchanged(second.Result);
        second.Sources.Select(s => s.SourceText.ToString()).ShouldBe(first.Sources.Select(s => s.SourceText.ToString()));
    }

    /// <summary>The hint names of the files the last run emitted anew (the other emit steps were cached or unchanged).</summary>
    private static List<string> RegeneratedFiles(GeneratorRun run)
    {
        var emitted = run.Result.Results.Single().TrackedSteps[TrackingNames.Emit].SelectMany(s => s.Outputs)
            .Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            .Select(o => ((EmittedFile)o.Value).HintName)
            .ToList();
        IncrementalSteps.SourcesRegenerated(run.Result).ShouldBe(emitted.Count);
        return emitted;
    }

    private static (GeneratorHarness Harness, GeneratorRun First) ThreeFiles()
    {
        var harness = new GeneratorHarness()
            .AddFile("missions.facts.yaml", Missions)
            .AddFile("people/people.facts.yaml", People)
            .AddFile("places/places.facts.yaml", Places)
            .AddFile("places/seeds/article.txt", ArticleText)
            .AddFile("crew.facts.yaml", Crew)
            .AddFile("seeds/other.txt", "Cosmonaut Oleg Novitsky, who had been on the space station for the previous six months.")
            .AddFile("notes.txt", "unrelated notes");
        var first = harness.Run();
        first.GeneratorDiagnostics.ShouldBeEmpty();
        return (harness, first);
    }
}
