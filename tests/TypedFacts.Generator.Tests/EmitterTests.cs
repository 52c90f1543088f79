using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using TypedFacts.Generator.Emit;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Pipeline;
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
        var compilation = CSharpCompilation.Create("Hostile", trees, References.Net100.Append(References.Runtime), new CSharpCompilationOptions(
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

    /// <summary>The writer's own literals (a kind's data): every text comes back as the compiler reads the literal, and nothing ends it early.</summary>
    [Fact]
    public void StringLiteralsOfAnyTextRoundTripThroughTheCompiler()
    {
        var specials = "\"\\\0\a\b\f\n\r\t\v\u0001\u001F\u007F\u0085\u009F\u00A0\u2028\u2029\uFEFF\u202E\uD800\uDC00\uD83D\uDE80é|x ";
        var random = new Random(7);
        var texts = new List<string> { string.Empty, specials, "\uD83D", "\uDE80\uD83D", "a\uD83D" };
        for (var i = 0; i < 2_000; i++)
        {
            texts.Add(new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => specials[random.Next(specials.Length)]).ToArray()));
        }

        foreach (var text in texts)
        {
            var literal = new SourceWriter().AppendStringLiteral(text).ToString();
            var token = SyntaxFactory.ParseToken(literal);

            token.IsKind(SyntaxKind.StringLiteralToken).ShouldBeTrue(literal);
            token.ContainsDiagnostics.ShouldBeFalse(literal);
            token.FullSpan.Length.ShouldBe(literal.Length, literal);
            token.ValueText.ShouldBe(text, literal);
        }
    }

    /// <summary>Entries are data in chunks of a fixed size: the runtime scans only the chunk of the entry read first.</summary>
    [Fact]
    public void LargeKindsAreSplitIntoDataChunksOfAFixedSize()
    {
        FieldSpec[] fields = [new FieldSpec("Value", "value", s_string, null)];
        var entries = Enumerable.Range(0, (EntryData.ChunkSize * 2) + 1).Select(i => Entry(fields, "E" + i, [Text("v" + i)]));
        var kind = Kind("N", "Big", fields, entries);
        var options = new EmitOptions(IsPublic: false, LanguageVersion: 12, HasDateOnly: true, HasMaybeNullWhen: true);

        var lines = FactsEmitter.Emit(kind, options).Split('\n');

        var values = Array.FindIndex(lines, l => l.Contains("__Values = new global::TypedFacts.FactData(__Count, 256, new string[]", StringComparison.Ordinal));
        values.ShouldBeGreaterThan(0);
        var chunks = lines.Skip(values + 2).TakeWhile(l => l.TrimStart().StartsWith('"')).ToList();
        chunks.Count.ShouldBe(3);
        chunks[0].ShouldStartWith("            \"E0|v0|\\nE1|v1|\\n");
        chunks[2].Trim().ShouldBe("\"E512|v512|\\n\"");
        lines.Count(l => l.Contains("__Create", StringComparison.Ordinal) && l.Contains("private static", StringComparison.Ordinal)).ShouldBe(1);
    }

    /// <summary>
    /// SPEC 5: the writer grows with what it writes. Before, it reserved 600 characters an entry
    /// up front (120 MB before writing anything at 100,000 entries): several times the text of a
    /// kind whose entries are small.
    /// </summary>
    [Fact]
    public void EmittingAKindAllocatesASmallMultipleOfItsText()
    {
        var entries = Enumerable.Range(0, 20_000).Select(i => Entry([], "E" + i, []));
        var kind = Kind("N", "Small", [], entries);
        var options = new EmitOptions(IsPublic: false, LanguageVersion: 12, HasDateOnly: true, HasMaybeNullWhen: true);
        FactsEmitter.Emit(Kind("N", "Warm", [], []), options);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var text = FactsEmitter.Emit(kind, options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The text itself is 2 bytes a character; the writer's chunks hold it once more, and each line is built once.
        (allocated / (2.0 * text.Length)).ShouldBeLessThan(4.0, $"{allocated:N0} bytes allocated for {text.Length:N0} characters");
    }

    [Fact]
    public void ABugInTheEmitterBecomesTF9001NotAnException()
    {
        // A claim of a value kind the emission unit does not carry: a broken model, as a generator bug would make.
        var missing = new TypeRef(TypeCategory.Value, ScalarKind.String, "Missing", "Missing", false, false);
        FieldSpec[] fields = [new FieldSpec("Value", "value", missing, null)];
        var claim = new EvidenceSpec("S", "quote", new EquatableArray<string>(["value"]), null, new ObjectValue("Missing", EquatableArray<Value>.Empty));
        var type = Kind("N", "Broken", fields, [Entry(fields, "A", [NullValue.Instance], claim)]);

        var file = Guard.Emit(type, new EmitOptions(false, 12, true, true), CancellationToken.None);

        file.Error.ShouldNotBeNull();
        file.Error!.Id.ShouldBe("TF9001");
        file.Error.GetMessage().ShouldContain("N.Broken.g.cs");
        file.Error.GetMessage().ShouldContain("InvalidOperationException");
    }

    private static readonly TypeRef s_string = TypeRef.Of(ScalarKind.String, "string");

    private static KindSpec Kind(string ns, string name, FieldSpec[] fields, IEnumerable<EntrySpec> entries, string? description = null)
        => new(ns, name, name, description, IsEntity: true, new EquatableArray<FieldSpec>(fields), entries.ToEquatableArray(), EquatableArray<KindSpec>.Empty);

    private static List<TypeSpec> HostileModel()
    {
        var sources = new EquatableArray<SourceSpec>([new SourceSpec("S", "S", "title " + s_hostile[0], null, null, s_hostile[1])]);
        FieldSpec[] fields = [new FieldSpec("Text", "text", s_string, s_hostile[4])];
        var entries = s_hostile.Select((value, i) => Entry(fields, value, [Text(value)], new EvidenceSpec("S", value, new EquatableArray<string>(["text"]), value)) with { PropertyName = "Value" + i });
        var kind = Kind("N", "Hostile", fields, entries, string.Join(" ", s_hostile));
        var constants = s_hostile.Select((value, i) => new ConstantSpec("C" + i, "c" + i, s_string, Text(value), value, EquatableArray<EvidenceSpec>.Empty));
        var catalog = new CatalogSpec("N", "HostileFacts", s_hostile[6], constants.ToEquatableArray(), sources, EquatableArray<KindSpec>.Empty);
        var model = new ModelSpec("N", new EquatableArray<string>(["Hostile"]), new EquatableArray<string>(["HostileFacts"]), sources);
        return [kind, catalog, model];
    }

    private static ScalarValue Text(string value) => new(value, value);

    /// <summary>An entry of a kind with these fields (no inline values), its property named as its id.</summary>
    private static EntrySpec Entry(FieldSpec[] fields, string id, Value[] values, params EvidenceSpec[] evidence)
        => EntrySpec.Of(id, id, fields.Select(f => f.Type).ToList(), fields.Select(f => f.PropertyName).ToList(), new EquatableArray<Value>(values), new EquatableArray<EvidenceSpec>(evidence), kind => throw new InvalidOperationException("no value kinds here: " + kind));
}
