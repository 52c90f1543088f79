using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// SPEC 5: nothing in a fact file can overflow the stack, expand an alias, or escape its literal
/// or comment; output does not depend on the machine's culture.
/// </summary>
public sealed class HostileInputTests
{
    /// <summary>
    /// Values that would break generated code if they reached it unescaped. Lone surrogates
    /// cannot come through YAML (the parser rejects them, TF1001); <see cref="EmitterTests"/>
    /// feeds them to the emitter directly.
    /// </summary>
    public static readonly string[] HostileValues =
    [
        "quote \" inside",
        "back\\slash and \\\" escaped quote",
        "*/ closes a block comment",
        "/* opens one",
        "</summary> closes the doc comment <see cref=\"X\"/>",
        "&amp; entity & ampersand < >",
        "line one\nline two",
        "carriage\r\nreturn",
        "next line \u0085 in between",
        "line separator \u2028 and paragraph separator \u2029",
        "NUL \0 byte",
        "bell \a and escape \u001B",
        "pair \uD83D\uDE80 rocket",
        "\n#error at a line start",
        "\n#if false\nhidden\n#endif",
        "{0} format {1}",
        "\" + System.Environment.Exit(1) + \"",
        "tab\tseparated",
        "\uFEFF byte order mark",
        "right-to-left \u202E override",
    ];

    [Fact]
    public void DeeplyNestedSequencesAreRejectedWithoutOverflowingTheStack()
    {
        const int depth = 100_000;
        var yaml = "records: " + new string('[', depth) + new string(']', depth) + "\n";

        var run = new GeneratorHarness().AddFile("facts.yaml", yaml).Run();

        run.GeneratorDiagnostics.Select(d => d.Id).ShouldBe(["TF1007"]);
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void DeeplyNestedMappingsAreRejectedWithoutOverflowingTheStack()
    {
        const int depth = 100_000;
        var builder = new StringBuilder("records: ");
        for (var i = 0; i < depth; i++)
        {
            builder.Append("{a: ");
        }

        builder.Append('1').Append('}', depth).Append('\n');

        var run = new GeneratorHarness().AddFile("facts.yaml", builder.ToString()).Run();

        run.GeneratorDiagnostics.Select(d => d.Id).ShouldBe(["TF1007"]);
    }

    [Fact]
    public void NestingUpToTheLimitIsRead()
    {
        // The root mapping, 'records', the kind, 'entries', the entry and its field make 6 levels;
        // the value adds 58 more sequences: 64 in all.
        var value = new string('[', 58) + "1" + new string(']', 58);
        var yaml = $"records:\n  Deep:\n    fields:\n      x: string?\n    entries:\n      A: {{x: ~}}\nconstants:\n  Nested: {value}\n";

        var run = new GeneratorHarness().AddFile("facts.yaml", yaml).Run();

        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "TF1007");
    }

    [Fact]
    public void YamlRejectsLoneSurrogateEscapes()
    {
        var run = new GeneratorHarness().AddFile("facts.yaml", "constants:\n  Lone: \"\\uD800\"\n").Run();

        run.GeneratorDiagnostics.Select(d => d.Id).ShouldBe(["TF1001"]);
    }

    [Fact]
    public void AliasesAreNeverExpanded()
    {
        // A billion-laughs shape: without expansion it is just a few nodes and errors.
        var yaml = """
            records:
              Laugh:
                entries:
                  A: &a {text: lol}
                  B: {text: *a}
                  C:
                    <<: *a
            """;

        var run = new GeneratorHarness().AddFile("facts.yaml", yaml).Run();

        run.GeneratorDiagnostics.Where(d => d.Id == "TF1006").Count().ShouldBe(4);
    }

    [Fact]
    public void HostileStringsStayInsideTheirLiteralsAndComments()
    {
        var yaml = HostileFactFile();

        foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.Latest })
        {
            var harness = new GeneratorHarness { LanguageVersion = version }.AddFile("facts.yaml", yaml);
            var run = harness.Run();

            run.GeneratorDiagnostics.ShouldBeEmpty();
            run.CompilationProblems.Select(d => d.ToString()).ShouldBeEmpty();

            foreach (var tree in run.OutputCompilation.SyntaxTrees.Where(t => t.FilePath.Contains("TypedFacts", StringComparison.Ordinal)))
            {
                var root = tree.GetRoot();

                // Nothing from the YAML became a directive, and every doc comment line is still one.
                root.DescendantTrivia().Where(t => t.IsDirective).Select(t => t.ToString().Trim()).ShouldAllBe(d => d == "#nullable enable" || d == "#nullable disable");
                foreach (var line in tree.GetText().Lines.Select(l => l.ToString().TrimStart()))
                {
                    if (line.StartsWith("///", StringComparison.Ordinal))
                    {
                        line.ShouldNotContain("\u2028");
                    }
                }
            }

            // Every value comes back as written: from the entries' data, and from the literals of the metadata.
            var model = Compiled.Model(harness, "Consumer.Facts");
            model.TryGetKind("Text", out var kind).ShouldBeTrue();
            kind!.Description.ShouldBe(HostileValues[0] + HostileValues[2]);
            var field = kind.Fields.ShouldHaveSingleItem();
            field.Description.ShouldBe(HostileValues[4] + HostileValues[6]);
            model.Sources.ShouldHaveSingleItem().Title.ShouldBe(HostileValues[4]);
            for (var i = 0; i < HostileValues.Length; i++)
            {
                kind.TryGet("Value" + i.ToString(CultureInfo.InvariantCulture), out var entry).ShouldBeTrue();
                var evidence = entry!.Evidence.ShouldHaveSingleItem();
                (field.GetValue(entry), evidence.Quote, evidence.Note).ShouldBe((HostileValues[i], HostileValues[i], HostileValues[i]), $"the data of {Escape(HostileValues[i])} does not round-trip");
            }

            var ids = run.OutputCompilation.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>())
                .Count(p => p.Modifiers.Any(SyntaxKind.StaticKeyword) && p.ExpressionBody is not null && p.Identifier.Text.StartsWith("Value", StringComparison.Ordinal));
            ids.ShouldBe(HostileValues.Length);
        }
    }

    [Fact]
    public void NumbersRoundTripInTheirLiterals()
    {
        var yaml = """
            constants:
              Negative: -2147483648
              Big: 9223372036854775807
              Small: -9223372036854775808
              Fraction: -0.000123
              Exponent: 6.02214076e23
              Huge: 1.7976931348623157e308
              Money: {value: -79228162514264337593543950335, type: decimal}
              Cents: {value: 0.1, type: decimal}
            """;

        var run = new GeneratorHarness().AddFile("facts.yaml", yaml).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();
        var catalog = run.OutputCompilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Consumer.Facts.g.cs", StringComparison.Ordinal));
        var values = catalog.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>()
            .SelectMany(f => f.Declaration.Variables)
            .ToDictionary(v => v.Identifier.Text, v => run.OutputCompilation.GetSemanticModel(v.SyntaxTree).GetConstantValue(v.Initializer!.Value).Value);
        values["Negative"].ShouldBe(int.MinValue);
        values["Big"].ShouldBe(long.MaxValue);
        values["Small"].ShouldBe(long.MinValue);
        values["Fraction"].ShouldBe(-0.000123);
        values["Exponent"].ShouldBe(6.02214076e23);
        values["Huge"].ShouldBe(double.MaxValue);
        values["Money"].ShouldBe(decimal.MinValue);
        values["Cents"].ShouldBe(0.1m);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void OutputIsByteIdenticalInEveryCulture(string culture)
    {
        var invariant = GenerateAll(CultureInfo.InvariantCulture);

        var local = GenerateAll(CultureInfo.GetCultureInfo(culture));

        local.ShouldBe(invariant);
    }

    private static Dictionary<string, string> GenerateAll(CultureInfo culture)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            var output = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var fixture in Fixtures.Valid)
            {
                foreach (var source in Fixtures.Harness(fixture).Run().Sources)
                {
                    output[fixture + "/" + source.HintName] = source.SourceText.ToString();
                }
            }

            var negative = "constants:\n  Minus: -1.5e-3\n  Day: {value: 2021-10-17, type: date}\n  At: 2021-10-17T04:36:00.1234567-03:30\n  Span: {value: 1.5 hours, type: duration}\n  Title: \"İstanbul ıi\"\n";
            foreach (var source in new GeneratorHarness().AddFile("numbers.facts.yaml", negative).Run().Sources)
            {
                output["numbers/" + source.HintName] = source.SourceText.ToString();
            }

            return output;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }

    /// <summary>A kind with one entry per hostile value, in field values, ids, descriptions and quotes.</summary>
    private static string HostileFactFile()
    {
        var builder = new StringBuilder();
        builder.Append("description: ").Append(YamlText.Quote(string.Join(" | ", HostileValues))).Append('\n');
        builder.Append("sources:\n  S:\n    title: ").Append(YamlText.Quote(HostileValues[4])).Append('\n');
        builder.Append("records:\n  Text:\n    description: ").Append(YamlText.Quote(HostileValues[0] + HostileValues[2])).Append('\n');
        builder.Append("    fields:\n      value: {type: string, description: ").Append(YamlText.Quote(HostileValues[4] + HostileValues[6])).Append("}\n");
        builder.Append("    entries:\n");
        for (var i = 0; i < HostileValues.Length; i++)
        {
            builder.Append("      Value").Append(i.ToString(CultureInfo.InvariantCulture)).Append(":\n");
            builder.Append("        value: ").Append(YamlText.Quote(HostileValues[i])).Append('\n');
            builder.Append("        $evidence: [{source: S, quote: ").Append(YamlText.Quote(HostileValues[i])).Append(", note: ").Append(YamlText.Quote(HostileValues[i])).Append("}]\n");
        }

        return builder.ToString();
    }

    /// <summary>A YAML double-quoted scalar; every character outside printable ASCII is escaped.</summary>
    private static string Escape(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
