using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// Property-based (CsCheck): random valid fact files — random kinds, fields of every type,
/// lists, nullables, references between kinds — generate code that compiles without any
/// diagnostic, and every value read back through the compiled, loaded assembly equals the
/// value written in the YAML.
/// </summary>
public sealed class GeneratedValuePropertyTests
{
    private static readonly string[] s_enumMembers = ["M0", "M1", "M2", "M3"];

    private static readonly Gen<string> s_text = Gen.String[Gen.Char["abcXYZ 0129\"\\'#:-{}[],&*!|>%@`\u00E9\u20AC\u4E2D\n\t"], 0, 12];

    private static readonly Gen<FieldSpec> s_field = Gen.Select(Gen.Int[0, 11], Gen.Bool, Gen.Bool, Gen.Int[0, 2], (type, list, nullable, target) => new FieldSpec((FieldType)type, list, nullable, target));

    private static readonly Gen<KindShape> s_shape = Gen.Select(s_field.Array[1, 4], Gen.Int[1, 4], (fields, entries) => new KindShape(fields, entries));

    private static readonly Gen<FactSpec> s_spec = s_shape.Array[1, 3].SelectMany(Values);

    [Fact]
    public void ValuesReadBackThroughTheGeneratedCodeEqualTheYaml()
    {
        s_spec.Sample(Verify, iter: 40, threads: 1, print: spec => spec.ToYaml());
    }

    private static void Verify(FactSpec spec)
    {
        var yaml = spec.ToYaml();
        var run = new GeneratorHarness().AddFile("props.facts.yaml", yaml).Property("TypedFactsVisibility", "public").Run();
        run.GeneratorDiagnostics.Select(d => d.ToString()).ShouldBeEmpty(yaml);
        run.CompilationProblems.Select(d => d.ToString()).ShouldBeEmpty(yaml);

        using var stream = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(stream);
        emitted.Success.ShouldBeTrue(yaml);
        var context = new AssemblyLoadContext("props", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            for (var k = 0; k < spec.Kinds.Length; k++)
            {
                var type = assembly.GetType("Props.K" + k, throwOnError: true)!;
                var get = type.GetMethod("Get", BindingFlags.Public | BindingFlags.Static)!;
                var shape = spec.Kinds[k];
                for (var e = 0; e < shape.Entries; e++)
                {
                    var entry = get.Invoke(null, [EntryId(k, e)])!;
                    for (var f = 0; f < shape.Fields.Length; f++)
                    {
                        var actual = type.GetProperty("F" + f)!.GetValue(entry);
                        AssertEqual(shape.Fields[f], spec.Values[k][e][f], actual, $"K{k}.{EntryId(k, e)}.F{f} in\n{yaml}");
                    }
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static void AssertEqual(FieldSpec field, object? expected, object? actual, string where)
    {
        if (expected is null)
        {
            actual.ShouldBeNull(where);
            return;
        }

        actual.ShouldNotBeNull(where);
        if (field.IsList)
        {
            var items = ((IEnumerable)actual).Cast<object?>().ToList();
            var expectedItems = (ImmutableArray<object>)expected;
            items.Count.ShouldBe(expectedItems.Length, where);
            for (var i = 0; i < items.Count; i++)
            {
                AssertScalar(field, expectedItems[i], items[i], where);
            }

            return;
        }

        AssertScalar(field, expected, actual, where);
    }

    private static void AssertScalar(FieldSpec field, object expected, object? actual, string where)
    {
        switch (field.Type)
        {
            case FieldType.DateTime:
                var expectedTime = (DateTimeOffset)expected;
                var actualTime = (DateTimeOffset)actual!;
                actualTime.UtcTicks.ShouldBe(expectedTime.UtcTicks, where);
                actualTime.Offset.ShouldBe(expectedTime.Offset, where);
                break;
            case FieldType.Url:
                ((Uri)actual!).OriginalString.ShouldBe((string)expected, where);
                break;
            case FieldType.Enum:
                actual!.ToString().ShouldBe((string)expected, where);
                break;
            case FieldType.Reference:
                actual!.GetType().GetProperty("Id")!.GetValue(actual).ShouldBe(expected, where);
                break;
            default:
                actual.ShouldBe(expected, where);
                break;
        }
    }

    private static string EntryId(int kind, int entry) => $"k{kind}e{entry}";

    /// <summary>Values for every field of every entry, once the shapes (and so the reference targets) are known.</summary>
    private static Gen<FactSpec> Values(KindShape[] kinds)
    {
        var gens = new List<Gen<object?>>();
        foreach (var kind in kinds)
        {
            for (var e = 0; e < kind.Entries; e++)
            {
                foreach (var field in kind.Fields)
                {
                    gens.Add(ValueOf(field, kinds));
                }
            }
        }

        var all = Gen.Const(ImmutableList<object?>.Empty);
        foreach (var gen in gens)
        {
            all = all.SelectMany(list => gen.Select(list.Add));
        }

        return all.Select(flat =>
        {
            var values = new object?[kinds.Length][][];
            var index = 0;
            for (var k = 0; k < kinds.Length; k++)
            {
                values[k] = new object?[kinds[k].Entries][];
                for (var e = 0; e < kinds[k].Entries; e++)
                {
                    values[k][e] = new object?[kinds[k].Fields.Length];
                    for (var f = 0; f < kinds[k].Fields.Length; f++)
                    {
                        values[k][e][f] = flat[index++];
                    }
                }
            }

            return new FactSpec(kinds, values);
        });
    }

    private static Gen<object?> ValueOf(FieldSpec field, KindShape[] kinds)
    {
        var target = field.Target % kinds.Length;
        Gen<object> scalar = field.Type switch
        {
            FieldType.String => s_text.Select(s => (object)s),
            FieldType.Int => Gen.Int.Select(i => (object)i),
            FieldType.Long => Gen.Long.Select(l => (object)l),
            FieldType.Double => Gen.Double[-1e15, 1e15].Select(d => (object)d),
            FieldType.Decimal => Gen.Select(Gen.Long[-999_999_999_999_999, 999_999_999_999_999], Gen.Int[0, 6], (units, scale) => (object)(units / (decimal)Math.Pow(10, scale))),
            FieldType.Bool => Gen.Bool.Select(b => (object)b),
            FieldType.Date => Gen.Int[0, 200_000].Select(days => (object)new DateOnly(1800, 1, 1).AddDays(days)),
            FieldType.DateTime => Gen.Select(Gen.Long[new DateTime(1800, 1, 2).Ticks, new DateTime(2300, 1, 1).Ticks], Gen.Int[-56, 56], (ticks, quarters) => (object)new DateTimeOffset(ticks, TimeSpan.FromMinutes(quarters * 15))),
            FieldType.Duration => Gen.Long[0, TimeSpan.FromDays(100_000).Ticks].Select(ticks => (object)TimeSpan.FromTicks(ticks)),
            FieldType.Url => Gen.String[Gen.Char["abcz09-_~"], 1, 10].Select(path => (object)("https://example.org/" + path + "?q=" + path + "#top")),
            FieldType.Enum => Gen.Int[0, s_enumMembers.Length - 1].Select(i => (object)s_enumMembers[i]),
            _ => Gen.Int[0, kinds[target].Entries - 1].Select(e => (object)EntryId(target, e)),
        };
        var value = field.IsList ? scalar.Array[0, 3].Select(items => (object)items.ToImmutableArray()) : scalar;
        return field.IsNullable
            ? Gen.Select(Gen.Int[0, 3], value, (roll, v) => roll == 0 ? null : (object?)v)
            : value.Select(v => (object?)v);
    }

    public enum FieldType
    {
        String,
        Int,
        Long,
        Double,
        Decimal,
        Bool,
        Date,
        DateTime,
        Duration,
        Url,
        Enum,
        Reference,
    }

    public sealed record FieldSpec(FieldType Type, bool IsList, bool IsNullable, int Target)
    {
        public string TypeName(int kinds) => Type switch
        {
            FieldType.Enum => "E0",
            FieldType.Reference => "K" + (Target % kinds),
            FieldType.DateTime => "datetime",
            _ => Type.ToString().ToLowerInvariant(),
        } + (IsList ? "[]" : string.Empty) + (IsNullable ? "?" : string.Empty);
    }

    public sealed record KindShape(FieldSpec[] Fields, int Entries);

    public sealed record FactSpec(KindShape[] Kinds, object?[][][] Values)
    {
        public string ToYaml()
        {
            var yaml = new StringBuilder("namespace: Props\nenums:\n  E0: [M0, M1, M2, M3]\nrecords:\n");
            for (var k = 0; k < Kinds.Length; k++)
            {
                var kind = Kinds[k];
                yaml.Append("  K").Append(k).Append(":\n    fields:\n");
                for (var f = 0; f < kind.Fields.Length; f++)
                {
                    yaml.Append("      f").Append(f).Append(": \"").Append(kind.Fields[f].TypeName(Kinds.Length)).Append("\"\n");
                }

                yaml.Append("    entries:\n");
                for (var e = 0; e < kind.Entries; e++)
                {
                    yaml.Append("      ").Append(EntryId(k, e)).Append(":\n");
                    for (var f = 0; f < kind.Fields.Length; f++)
                    {
                        yaml.Append("        f").Append(f).Append(": ").Append(Yaml(kind.Fields[f], Values[k][e][f])).Append('\n');
                    }
                }
            }

            return yaml.ToString();
        }

        private static string Yaml(FieldSpec field, object? value)
        {
            if (value is null)
            {
                return "~";
            }

            return field.IsList
                ? "[" + string.Join(", ", ((ImmutableArray<object>)value).Select(item => Scalar(field.Type, item))) + "]"
                : Scalar(field.Type, value);
        }

        private static string Scalar(FieldType type, object value) => type switch
        {
            FieldType.String or FieldType.Url => YamlText.Quote((string)value),
            FieldType.Double => ((double)value).ToString("R", CultureInfo.InvariantCulture),
            FieldType.Decimal => ((decimal)value).ToString(CultureInfo.InvariantCulture),
            FieldType.Bool => (bool)value ? "true" : "false",
            FieldType.Date => ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            FieldType.DateTime => ((DateTimeOffset)value).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture),
            FieldType.Duration => "PT" + (((TimeSpan)value).Ticks / (decimal)TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture) + "S",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        };
    }
}
