using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using TypedFacts.Generator.Binding;
using TypedFacts.Generator.Emit;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>The emitter is a pure function of the model: tested here from hand-built models, with no YAML.</summary>
public sealed class EmitterTests
{
    private static readonly string[] s_hostile = [.. HostileInputTests.HostileValues, "lone high \uD800 surrogate", "lone low \uDC00 surrogate", "\uDBFF"];

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.Latest)]
    public void EveryStringReachesItsLiteralUnchanged(LanguageVersion version)
    {
        var types = HostileModel();
        var options = new EmitOptions(IsPublic: true, LanguageVersion: (int)version.MapSpecifiedToEffectiveVersion() / 100, HasDateOnly: true, HasMaybeNullWhen: true);
        var parse = new CSharpParseOptions(version);

        var trees = types.Select(t => CSharpSyntaxTree.ParseText(FactsEmitter.Emit(t, options), parse, t.HintName)).ToList();
        var compilation = CSharpCompilation.Create("Hostile", trees, References.Net100, new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: version == LanguageVersion.CSharp7_3 ? NullableContextOptions.Disable : NullableContextOptions.Enable,
            warningLevel: 9999));

        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Info).Select(d => d.ToString()).ShouldBeEmpty();
        var literals = trees.SelectMany(t => t.GetRoot().DescendantTokens()).Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).Select(t => t.ValueText).ToList();
        foreach (var value in s_hostile)
        {
            literals.ShouldContain(value);
        }
    }

    [Fact]
    public void EmitsTheSameTextForTheSameModel()
    {
        var options = new EmitOptions(IsPublic: false, LanguageVersion: 12, HasDateOnly: true, HasMaybeNullWhen: true);
        var first = HostileModel().Select(t => FactsEmitter.Emit(t, options)).ToList();

        var second = HostileModel().Select(t => FactsEmitter.Emit(t, options)).ToList();

        second.ShouldBe(first);
    }

    [Fact]
    public void LargeKindsAreSplitIntoCreationMethodsOfAFixedSize()
    {
        var entries = Enumerable.Range(0, (FactsEmitter.ChunkSize * 2) + 1)
            .Select(i => new EntryModel("E" + i, "E" + i, new EquatableArray<ValueModel>([Text("v" + i)]), EquatableArray<EvidenceModel>.Empty));
        var kind = new KindModel("Big", null, IsEntity: true, new EquatableArray<FieldModel>([new FieldModel("Value", "value", TypeModel.Of(ScalarKind.String), null)]), entries.ToEquatableArray());
        var options = new EmitOptions(IsPublic: false, LanguageVersion: 12, HasDateOnly: true, HasMaybeNullWhen: true);

        var text = FactsEmitter.Emit(new GeneratedType("N", "Big", GeneratedTypeKind.Kind, kind, null, null, EquatableArray<KindModel>.Empty), options);

        text.ShouldContain("private static global::N.Big __Create0(int index)");
        text.ShouldContain("private static global::N.Big __Create2(int index)");
        text.ShouldNotContain("__Create3(");
    }

    [Fact]
    public void ABugInTheEmitterBecomesTF9001NotAnException()
    {
        // A value kind the emission unit does not carry: a broken model, as a generator bug would make.
        var entry = new EntryModel("A", "A", new EquatableArray<ValueModel>([new ValueModel(ValueKind.Object, "Missing", string.Empty, EquatableArray<ValueModel>.Empty)]), EquatableArray<EvidenceModel>.Empty);
        var kind = new KindModel("Broken", null, IsEntity: true, new EquatableArray<FieldModel>([new FieldModel("Value", "value", new TypeModel(TypeCategory.Value, ScalarKind.String, "Missing", false, false), null)]), new EquatableArray<EntryModel>([entry]));
        var type = new GeneratedType("N", "Broken", GeneratedTypeKind.Kind, kind, null, null, EquatableArray<KindModel>.Empty);

        var file = Guard.Emit(type, new EmitOptions(false, 12, true, true), CancellationToken.None);

        file.Error.ShouldNotBeNull();
        file.Error!.Id.ShouldBe("TF9001");
        file.Error.GetMessage().ShouldContain("N.Broken.g.cs");
        file.Error.GetMessage().ShouldContain("InvalidOperationException");
    }

    private static List<GeneratedType> HostileModel()
    {
        var source = new EntryModel("S", "S", new EquatableArray<ValueModel>([Text("title " + s_hostile[0]), ValueModel.Null, ValueModel.Null, ValueModel.Null]), EquatableArray<EvidenceModel>.Empty);
        var sourceKind = new KindModel(FactBinder.SourceKindName, null, IsEntity: true, FactBinder.SourceFields, new EquatableArray<EntryModel>([source]));
        var entries = s_hostile.Select((value, i) => new EntryModel(
            value,
            "Value" + i,
            new EquatableArray<ValueModel>([Text(value)]),
            new EquatableArray<EvidenceModel>([new EvidenceModel(0, "S", value, new EquatableArray<string>(["text"]), value)])));
        var kind = new KindModel("Hostile", string.Join(" ", s_hostile), IsEntity: true, new EquatableArray<FieldModel>([new FieldModel("Text", "text", TypeModel.Of(ScalarKind.String), s_hostile[4])]), entries.ToEquatableArray());
        var constants = s_hostile.Select((value, i) => new ConstantModel("C" + i, "c" + i, TypeModel.Of(ScalarKind.String), Text(value), value, EquatableArray<EvidenceModel>.Empty));
        var catalog = new CatalogModel("HostileFacts", s_hostile[6], constants.ToEquatableArray());
        return
        [
            new GeneratedType("N", "Hostile", GeneratedTypeKind.Kind, kind, null, null, EquatableArray<KindModel>.Empty),
            new GeneratedType("N", "HostileFacts", GeneratedTypeKind.Catalog, null, null, catalog, EquatableArray<KindModel>.Empty),
            new GeneratedType("N", FactBinder.SourceKindName, GeneratedTypeKind.Kind, sourceKind, null, null, EquatableArray<KindModel>.Empty),
            new GeneratedType("N", FactBinder.EvidenceKindName, GeneratedTypeKind.Evidence, null, null, null, EquatableArray<KindModel>.Empty),
        ];
    }

    private static ValueModel Text(string value) => new(ValueKind.Scalar, value, value, EquatableArray<ValueModel>.Empty);
}
