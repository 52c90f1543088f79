using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
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

    private static readonly BindOptions s_options = new("Consumer", "Consumer", RequireEvidence: EvidenceRequirement.None, ProjectDirectory: "/project");

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

    /// <summary>
    /// A whole run of the generator driver on 20,000 entries, cancelled while it works: the
    /// request comes from inside the run (when the driver hands the generator the fact file's
    /// text), so it lands midway whatever the machine's load, and parsing must stop on it.
    /// </summary>
    [Fact]
    public void ALargeRunCancelledWhileReadingTheFactFileStops()
    {
        using var source = new CancellationTokenSource();
        var facts = new CancellingText("/project/items.facts.yaml", ManyEntries(20_000), source);

        Should.Throw<OperationCanceledException>(() => Run(source.Token, facts));
        facts.Reads.ShouldBe(1);
    }

    /// <summary>The same, cancelled later: when the quotes' article is read, after binding; the quote checks must stop.</summary>
    [Fact]
    public void ALargeRunCancelledWhileReadingACitedArticleStops()
    {
        using var source = new CancellationTokenSource();
        var quotes = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"      Item{i}: {{name: Item {i}, $evidence: [A: \"not in the article {i}\"]}}\n"));
        var facts = new InMemoryAdditionalText("/project/items.facts.yaml", "sources:\n  A: {file: article.txt, title: Article}\nrecords:\n  Item:\n    entries:\n" + quotes);
        var article = new CancellingText("/project/article.txt", string.Concat(Enumerable.Repeat("Item number one, Item number two. ", 2_000)), source);

        Should.Throw<OperationCanceledException>(() => Run(source.Token, facts, article));
        article.Reads.ShouldBe(1);
    }

    private static GeneratorDriver Run(CancellationToken token, params AdditionalText[] files)
    {
        var harness = new GeneratorHarness();
        var driver = CSharpGeneratorDriver.Create(
            [new Pipeline.FactsGenerator().AsSourceGenerator()],
            files,
            harness.ParseOptions,
            harness.OptionsProvider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        return driver.RunGenerators(harness.CreateCompilation(), token);
    }

    /// <summary>An AdditionalFile that cancels the run when the generator reads it.</summary>
    private sealed class CancellingText(string path, string text, CancellationTokenSource source) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public int Reads { get; private set; }

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Reads++;
            source.Cancel();
            return _text;
        }
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
