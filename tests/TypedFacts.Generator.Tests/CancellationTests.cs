using System.Text;
using Microsoft.CodeAnalysis;
using Shouldly;
using TypedFacts.Generator.Binding;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Emit;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Provenance;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// SPEC 5: cancellation is honoured in every loop over entries, quotes and source text. Each
/// stage is handed a token that is already cancelled and must stop inside its loop rather than
/// run to the end; and a large run cancelled midway stops.
/// </summary>
public sealed class CancellationTests
{
    private static readonly CancellationToken s_cancelled = new(canceled: true);

    private static readonly BindOptions s_options = new("Consumer", "Consumer", RequireEvidence: false, ProjectDirectory: "/project");

    [Fact]
    public void ReadingAndParsingStop()
        => Should.Throw<OperationCanceledException>(() => FactFileParser.Parse("/project/items.facts.yaml", ManyEntries(2_000), s_cancelled));

    [Fact]
    public void BindingStops()
    {
        var parsed = FactFileParser.Parse("/project/items.facts.yaml", ManyEntries(2_000), CancellationToken.None);

        Should.Throw<OperationCanceledException>(() => FactBinder.Bind([parsed], s_options, s_cancelled));
    }

    [Fact]
    public void EmittingStops()
    {
        var parsed = FactFileParser.Parse("/project/items.facts.yaml", ManyEntries(2_000), CancellationToken.None);
        var kind = FactBinder.Bind([parsed], s_options, CancellationToken.None).Types.OfType<KindSpec>().Single(k => k.Name == "Item");

        Should.Throw<OperationCanceledException>(() => FactsEmitter.Emit(kind, new EmitOptions(false, 12, true, true), s_cancelled));
    }

    /// <summary>The closest-passage search tries up to 400 windows, each an edit-distance table: it stops too.</summary>
    [Fact]
    public void SearchingForTheClosestPassageStops()
    {
        var text = QuoteText.Fold(string.Concat(Enumerable.Repeat("Yulia Peresild, 37, and Klim Shipenko, 38, landed as planned. ", 500)));

        Should.Throw<OperationCanceledException>(() => QuoteText.ClosestPassage(text, "Yulia Peresild, 36, and Klim Shipenko", s_cancelled));
    }

    [Fact]
    public void GroupingAndCheckingQuotesStop()
    {
        var location = LocationInfo.FileStart("/project/facts.yaml");
        var source = new SourceFile("Article000", "/project/a.txt", "a.txt", "a.txt", location);
        var quotes = Enumerable.Range(0, 1_000).Select(i => new QuoteCheck("Article000", "/project/a.txt", "quote " + i, location)).ToEquatableArray();

        Should.Throw<OperationCanceledException>(() => QuoteChecker.Group(new EquatableArray<SourceFile>([source]), quotes, s_cancelled));
        Should.Throw<OperationCanceledException>(() => QuoteChecker.Check(new QuoteGroup(source, quotes), new SourceDocument("/project/a.txt", "/project/a.txt", "text"), s_cancelled));
    }

    /// <summary>A whole run of the generator driver on 20,000 entries, cancelled while it works.</summary>
    [Fact]
    public void ALargeRunCancelledMidwayStops()
    {
        var harness = new GeneratorHarness().AddFile("items.facts.yaml", ManyEntries(20_000));
        var driver = harness.CreateDriver();
        var compilation = harness.CreateCompilation();
        using var source = new CancellationTokenSource();
        source.CancelAfter(TimeSpan.FromMilliseconds(50));

        Should.Throw<OperationCanceledException>(() => driver.RunGenerators(compilation, source.Token));
    }

    private static string ManyEntries(int count)
    {
        var text = new StringBuilder("records:\n  Item:\n    entries:\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("      Item").Append(i).Append(": {name: Item number ").Append(i).Append(", count: ").Append(i).Append(", next: Item").Append((i + 1) % count).Append("}\n");
        }

        return text.ToString();
    }
}
