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
