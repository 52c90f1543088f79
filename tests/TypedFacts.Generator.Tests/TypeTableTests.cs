using Shouldly;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>The type table of SPEC 2.2: one row per built-in type, used alike to read, infer and write values.</summary>
public sealed class TypeTableTests
{
    [Fact]
    public void EveryScalarKindHasItsRowAndIsFoundByName()
    {
        foreach (var kind in Enum.GetValues<ScalarKind>())
        {
            var row = ScalarTypes.Of(kind);
            row.Kind.ShouldBe(kind);
            ScalarTypes.TryGet(row.Name, out var found).ShouldBeTrue(kind.ToString());
            found.ShouldBeSameAs(row);
        }

        ScalarTypes.Names.ShouldBe(["string", "int", "long", "double", "decimal", "bool", "date", "partialdate", "datetime", "duration", "url"]);
        ScalarTypes.All.Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal).ShouldBe(ScalarTypes.Names.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(ScalarKind.Date, true, "global::System.DateOnly")]
    [InlineData(ScalarKind.Date, false, "global::System.DateTime")]
    [InlineData(ScalarKind.Duration, false, "global::System.TimeSpan")]
    [InlineData(ScalarKind.Url, true, "global::System.Uri")]
    public void CSharpTypesFollowTheTarget(ScalarKind kind, bool hasDateOnly, string expected)
        => ScalarTypes.Of(kind).CSharpTypeFor(hasDateOnly).ShouldBe(expected);

    /// <summary>The number matcher runs for every number of a file, so it is written by hand: it must still be the pattern.</summary>
    [Theory]
    [InlineData("1")]
    [InlineData("-1.")]
    [InlineData("+.5")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1E-7")]
    [InlineData(".e1")]
    [InlineData("1.2.3")]
    [InlineData("0x1F")]
    [InlineData("1_000")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("١٢")]
    [InlineData("6.02214076e23")]
    [InlineData("--1")]
    public void TheNumberMatcherIsThePattern(string text)
        => Format.Scalars.Numbers.IsFloat(text).ShouldBe(System.Text.RegularExpressions.Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant), text);

    [Fact]
    public void TheNumberMatcherIsThePatternForRandomTexts()
    {
        var random = new Random(12);
        const string alphabet = "0123456789+-.eE x";
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Format.Scalars.Numbers.IsFloat(text).ShouldBe(System.Text.RegularExpressions.Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant), text);
        }
    }

    /// <summary>A double in an entry's data is its bits: the value the C# compiler gives the literal, on every host.</summary>
    [Theory]
    [InlineData("0.1")]
    [InlineData("-0.0")]
    [InlineData("9007199254740993")]
    [InlineData("2.2250738585072011e-308")]
    [InlineData("4.9406564584124654e-324")]
    [InlineData("1e23")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("0.30000000000000004441")]
    public void ADoublesDataIsTheBitsOfItsLiteral(string canonical)
    {
        var negative = canonical.StartsWith('-');
        var literal = (double)Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseToken((negative ? canonical[1..] : canonical) + "D").Value!;
        var bits = BitConverter.DoubleToInt64Bits(negative ? -literal : literal);

        ScalarTypes.Of(ScalarKind.Double).DataText(canonical).ShouldBe(bits.ToString("X16", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void OnlyStringsAndUrlsAreReferenceTypes()
        => Enum.GetValues<ScalarKind>().Where(k => !ScalarTypes.Of(k).IsValueType).ShouldBe([ScalarKind.String, ScalarKind.Url]);

    /// <summary>What inference picks, the declared type accepts: before, '.NaN' and '.INF' were inferred as strings but accepted as doubles.</summary>
    [Theory]
    [InlineData("12", ScalarKind.Int)]
    [InlineData("9000000000", ScalarKind.Long)]
    [InlineData("99999999999999999999", ScalarKind.Double)]
    [InlineData("1.5", ScalarKind.Double)]
    [InlineData(".5", ScalarKind.Double)]
    [InlineData("1e3", ScalarKind.Double)]
    [InlineData(".inf", ScalarKind.Double)]
    [InlineData(".Inf", ScalarKind.Double)]
    [InlineData("-.INF", ScalarKind.Double)]
    [InlineData(".NaN", ScalarKind.Double)]
    [InlineData(".NAN", ScalarKind.Double)]
    [InlineData("True", ScalarKind.Bool)]
    [InlineData("2021-10-17", ScalarKind.Date)]
    [InlineData("2021-10-17T04:36Z", ScalarKind.DateTime)]
    [InlineData("P12D", ScalarKind.Duration)]
    [InlineData("yes", ScalarKind.String)]
    [InlineData("12 days", ScalarKind.String)]
    [InlineData("2021-10", ScalarKind.String)]
    public void InferenceAndTheDeclaredTypeAgree(string text, ScalarKind expected)
    {
        var row = ScalarTypes.Infer(text, isPlain: true);

        row.Kind.ShouldBe(expected);
        row.Parse(text, isPlain: true).Success.ShouldBeTrue($"'{text}' is inferred as {row.Name}, which must accept it");
    }

    [Fact]
    public void AQuotedScalarIsAlwaysAString()
        => ScalarTypes.Infer("12", isPlain: false).Kind.ShouldBe(ScalarKind.String);

    [Theory]
    [InlineData(ScalarKind.Int, ScalarKind.Long, ScalarKind.Long)]
    [InlineData(ScalarKind.Long, ScalarKind.Double, ScalarKind.Double)]
    [InlineData(ScalarKind.Int, ScalarKind.Double, ScalarKind.Double)]
    public void NumbersUnifyToTheWiderType(ScalarKind a, ScalarKind b, ScalarKind expected)
    {
        ScalarTypes.Unify(ScalarTypes.Of(a), ScalarTypes.Of(b))!.Kind.ShouldBe(expected);
        ScalarTypes.Unify(ScalarTypes.Of(b), ScalarTypes.Of(a))!.Kind.ShouldBe(expected);
    }

    [Fact]
    public void OtherTypesDoNotUnify()
        => ScalarTypes.Unify(ScalarTypes.Of(ScalarKind.Int), ScalarTypes.Of(ScalarKind.String)).ShouldBeNull();

    /// <summary>
    /// Doubles are written as their decimal text, normalized, never by formatting a double: .NET
    /// Framework's "R" gives 17 digits where .NET gives the shortest form, so the same fact file
    /// generated different code in Visual Studio and in dotnet build.
    /// </summary>
    [Theory]
    [InlineData("0.1", "0.1D")]
    [InlineData("+1.", "1.0D")]
    [InlineData(".5", "0.5D")]
    [InlineData("-.5", "-0.5D")]
    [InlineData("1E3", "1e3D")]
    [InlineData("2.2250738585072014E-308", "2.2250738585072014e-308D")]
    [InlineData("42", "42D")]
    [InlineData(".nan", "double.NaN")]
    [InlineData("-.inf", "double.NegativeInfinity")]
    public void ADoubleIsWrittenFromItsDecimalTextNotFromItsBits(string text, string literal)
    {
        var row = ScalarTypes.Of(ScalarKind.Double);

        row.Literal(row.Parse(text, isPlain: true).Canonical!, hasDateOnly: true).ShouldBe(literal);
    }
}
