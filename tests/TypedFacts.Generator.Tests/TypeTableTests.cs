using Shouldly;
using TypedFacts.Generator.Binding;
using TypedFacts.Generator.Model;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>The type table of SPEC 2.2: one row per built-in type, found by its YAML name.</summary>
public sealed class TypeTableTests
{
    [Fact]
    public void EveryScalarKindHasItsRowAndIsFoundByName()
    {
        foreach (var kind in Enum.GetValues<ScalarKind>())
        {
            FactTypes.TryGetScalar(FactTypes.NameOf(kind), out var found).ShouldBeTrue(kind.ToString());
            found.ShouldBe(kind);
        }

        FactTypes.BuiltInNames.ShouldBe(["string", "int", "long", "double", "decimal", "bool", "date", "datetime", "duration", "url"]);
    }

    [Theory]
    [InlineData(ScalarKind.Date, true, "global::System.DateOnly")]
    [InlineData(ScalarKind.Date, false, "global::System.DateTime")]
    [InlineData(ScalarKind.Duration, false, "global::System.TimeSpan")]
    [InlineData(ScalarKind.Url, true, "global::System.Uri")]
    public void CSharpTypesFollowTheTarget(ScalarKind kind, bool hasDateOnly, string expected)
        => FactTypes.CSharpType(kind, hasDateOnly).ShouldBe(expected);

    [Fact]
    public void OnlyStringsAndUrlsAreReferenceTypes()
        => Enum.GetValues<ScalarKind>().Where(k => !FactTypes.IsValueType(k)).ShouldBe([ScalarKind.String, ScalarKind.Url]);
}
