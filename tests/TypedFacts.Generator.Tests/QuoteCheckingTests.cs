using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>SPEC 2.4 and issue 4: every quote is checked against its article at compile time.</summary>
public sealed class QuoteCheckingTests
{
    private const string Article = """
         date 2021-10-17 After filming their first film in space, Russians return to Earth.

        According to footage broadcast live by Russia’s Roscosmos space agency, Yulia Peresild, 37, and Klim Shipenko, 38, landed as planned in Kazakhstan’s steppe at 0436 GMT.

        The actress described her departure from the International Space Station as “sad.”

        “It seemed like 12 days was a long time, but I didn’t want to leave when it was all done,” she told Russian television.
        """;

    private const string Other = "Cosmonaut Oleg Novitsky, who had been on the space station for the previous six months, transported the team down to Earth.";

    [Theory]
    [InlineData("Yulia Peresild, 37, and Klim Shipenko, 38, landed as planned")]
    [InlineData("Russia's Roscosmos space agency")] // ASCII apostrophe for the article's ’
    [InlineData("described her departure from the International Space Station as \\\"sad.\\\"")] // ASCII quotes for “ ”
    [InlineData("Yulia   Peresild,\\n  37,")] // white space runs and a line break fold to one space
    [InlineData("“It seemed like 12 days was a long time, but I didn’t want to leave")]
    public void AQuoteInTheArticlePasses(string quote)
    {
        var run = Run(FactFile($"\"{quote}\""));

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Yulia Peresild, 36, and Klim Shipenko, 38, landed as planned", "Yulia Peresild, 37, and Klim Shipenko, 38, landed as planned")] // one changed word
    [InlineData("Yulia Peresild, and Klim Shipenko, 38, landed as planned", "Yulia Peresild, 37, and Klim Shipenko, 38, landed as plann")] // one missing word
    [InlineData("yulia peresild, 37, and klim shipenko", "Yulia Peresild, 37, and Klim Shipenko")] // case matters
    public void AMisquoteFailsOnTheQuoteWithTheClosestPassage(string quote, string closest)
    {
        var yaml = FactFile($"\"{quote}\"");

        var diagnostic = Run(yaml).GeneratorDiagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TF3002");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Line(yaml, position.Line).Substring(position.Character).ShouldStartWith("\"" + quote);
        diagnostic.GetMessage().ShouldContain(closest);
    }

    [Fact]
    public void AQuoteCitingTheWrongSourceFails()
    {
        var yaml = FactFile("\"Yulia Peresild, 37\"", source: "Interview");

        var diagnostic = Run(yaml).GeneratorDiagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TF3002");
        diagnostic.GetMessage().ShouldContain("Interview (seeds/other.txt)");
    }

    [Fact]
    public void AnUnknownSourceAndAnEmptyQuoteAreErrors()
    {
        var yaml = FactFile("\"Yulia Peresild, 37\"", source: "Article001") + "      Empty:\n        name: Nobody\n        $evidence: [Article000: \"\"]\n";

        var ids = Run(yaml).GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();

        ids.ShouldBe(["TF3001", "TF3003"]);
    }

    [Fact]
    public void ASourceThatIsNotAnAdditionalFileIsReportedOnce()
    {
        var yaml = FactFile("\"anything at all\"") + "      Second:\n        name: Second\n        $evidence: [Article000: \"something else\"]\n";
        var run = new GeneratorHarness().AddFile("facts.yaml", yaml).AddFile("seeds/other.txt", Other).Run(); // the article itself is missing

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TF3004");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldContain("<AdditionalFiles Include=\"seeds/article.txt\" />");
    }

    /// <summary>SPEC 1: 'Seeds/' for the project's 'seeds/' is accepted with a warning; before, the quote check was skipped silently.</summary>
    [Fact]
    public void ASourcePathThatDiffersOnlyInLetterCaseIsStillCheckedWithAWarning()
    {
        var yaml = FactFile("\"Yulia Peresild, 36\"").Replace("file: seeds/article.txt", "file: Seeds/Article.txt", StringComparison.Ordinal);

        var diagnostics = Run(yaml).GeneratorDiagnostics;

        diagnostics.Select(d => (d.Id, d.Severity)).ShouldBe([("TF3008", DiagnosticSeverity.Warning), ("TF3002", DiagnosticSeverity.Error)], ignoreOrder: true);
        diagnostics.Single(d => d.Id == "TF3008").GetMessage().ShouldContain("write the path as 'seeds/article.txt'");
    }

    [Fact]
    public void AnExactMatchIsPreferredToOneThatIgnoresCase()
    {
        var run = new GeneratorHarness().AddFile("facts.yaml", FactFile("\"Yulia Peresild, 37\""))
            .AddFile("Seeds/article.txt", "another text").AddFile("seeds/article.txt", Article).AddFile("seeds/other.txt", Other).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void EditingTheArticleSoAQuoteNoLongerAppearsFailsTheNextRunOfTheSameDriver()
    {
        var yaml = FactFile("\"landed as planned in Kazakhstan's steppe\"");
        var harness = new GeneratorHarness().AddFile("facts.yaml", yaml).AddFile("seeds/article.txt", Article).AddFile("seeds/other.txt", Other);
        var first = harness.Run();
        first.GeneratorDiagnostics.ShouldBeEmpty();

        var article = harness.AdditionalTexts.Single(t => t.Path.EndsWith("article.txt", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(article.Path, Article.Replace("landed as planned", "touched down as planned", StringComparison.Ordinal));
        var driver = first.Driver.ReplaceAdditionalText(article, edited);
        var second = GeneratorHarness.Run(driver, first.OutputCompilation);

        second.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("TF3002");
    }

    [Fact]
    public void TheMessageNamesTheSourceFileAndTheEvidenceFieldsMustExist()
    {
        var yaml = FactFile("{source: Article000, quote: \"Yulia Peresild, 37\", fields: [age, nmae]}");

        var diagnostic = Run(yaml).GeneratorDiagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TF3005");
        diagnostic.GetMessage().ShouldContain("did you mean 'name'?");
    }

    [Fact]
    public void RequiringEvidenceWarnsForEveryEntryAndConstantWithout()
    {
        var yaml = FactFile("\"Yulia Peresild, 37\"") + "      Bare:\n        name: No evidence\nconstants:\n  Candidates: 3000\n";
        var run = new GeneratorHarness().AddFile("facts.yaml", yaml).AddFile("seeds/article.txt", Article).AddFile("seeds/other.txt", Other)
            .Property("TypedFactsRequireEvidence", "true").Run();

        run.GeneratorDiagnostics.Select(d => (d.Id, d.Severity, d.Location.GetLineSpan().StartLinePosition.Line + 1)).ShouldBe(
        [
            ("TF3006", DiagnosticSeverity.Warning, 18),
            ("TF3006", DiagnosticSeverity.Warning, 21),
        ], ignoreOrder: true);
    }

    private static GeneratorRun Run(string yaml)
        => new GeneratorHarness().AddFile("facts.yaml", yaml).AddFile("seeds/article.txt", Article).AddFile("seeds/other.txt", Other).Run();

    private static string Line(string text, int line) => SourceText.From(text).Lines[line].ToString();

    private static string FactFile(string evidence, string source = "Article000") => $$"""
        sources:
          Article000:
            file: seeds/article.txt
            title: After filming their first film in space, Russians return to Earth
          Interview:
            file: seeds/other.txt
            title: Another article
        records:
          Person:
            fields:
              name: string
              age: int?
            entries:
              YuliaPeresild:
                name: Yulia Peresild
                $evidence:
                  - {{(evidence.StartsWith('{') ? evidence : source + ": " + evidence)}}

        """;
}
