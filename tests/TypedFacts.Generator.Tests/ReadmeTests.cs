using System.Globalization;
using System.Text.RegularExpressions;
using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>What the README and docs/provenance.md show the generator doing is what it does.</summary>
public sealed partial class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "README.md")).Replace("\r\n", "\n");

    [Fact]
    public void TheMinimalFactFileGeneratesWithoutDiagnostics()
    {
        var yaml = YamlBlock().Match(Readme).Groups["code"].Value;
        yaml.ShouldContain("YuliaPeresild");

        var run = new GeneratorHarness()
            .AddFile("facts.yaml", yaml)
            .AddFile("seeds/article.txt", "Yulia Peresild, 37, and Klim Shipenko, 38, landed as planned in Kazakhstan's steppe at 0436 GMT.")
            .Run();

        run.Errors.ShouldBeEmpty();
        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.Source("Space.Person.g.cs").ShouldContain("YuliaPeresild");
    }

    /// <summary>Both documents change 37 to 36 in the first quote of YuliaPeresild and show the error the build prints.</summary>
    [Fact]
    public void TheMisquoteExampleIsTheErrorTheBuildPrints()
    {
        const string Quote = "quote: \"Yulia Peresild, 37, and Klim Shipenko, 38, landed as planned\"";
        var harness = Fixtures.SpaceFilm();
        var text = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "facts.yaml"));
        var at = text.IndexOf(Quote, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        harness.ReplaceFile("facts.yaml", text[..at] + Quote.Replace("37", "36", StringComparison.Ordinal) + text[(at + Quote.Length)..]);

        var error = harness.Run().GeneratorDiagnostics.ShouldHaveSingleItem();
        var span = error.Location.GetLineSpan();
        var printed = string.Create(CultureInfo.InvariantCulture, $"facts.yaml({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}");

        error.Id.ShouldBe("TF3002");
        Readme.ShouldContain(printed);
        File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "docs", "provenance.md")).ShouldContain(printed);
    }

    [GeneratedRegex(@"^```yaml\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
