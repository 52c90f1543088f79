using System.Globalization;
using System.Text;
using Shouldly;
using TypedFacts.Generator.Yaml;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// A complete mapping of scalars keeps its pairs in the file's <see cref="FlatPairs"/> and makes
/// their nodes when they are read. What the reader hands on must not change: every node's kind,
/// span, text and style are compared with a tree built straight from YamlDotNet's events.
/// </summary>
public sealed class FlatMappingTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "an entry of every scalar style", "entries:\n  A:\n    plain: Item number 1\n    single: 'it''s'\n    double: \"tab\\there\"\n    folded: \"one\n      two\"\n    literal: |\n      line one\n      line two\n    empty:\n    tilde: ~\n    wide: \uD83D\uDE80 \u00E9t\u00E9\n" },
        { "flow mappings", "entries:\n  A: {name: x, age: 3}\n  B: {name: 'y z', age: }\n" },
        { "mixed: a nested value keeps its nodes", "entries:\n  A:\n    name: x\n    tags: [a, b]\n  B:\n    name: y\n    inline: {k: v}\n" },
        { "a '$' key keeps its nodes", "entries:\n  A:\n    name: x\n    $evidence:\n      - {source: s, quote: q}\n" },
        { "a quoted key keeps its nodes", "a:\n  \"quoted key\": 1\n  plain: 2\n" },
        { "CR LF and a lone CR", "a:\r\n  b: 1\r\n  c: two words\r\nd:\r  e: 3\r" },
        { "a mapping of 3,000 flat entries", Many(3_000) },
        { "nine flat pairs, then a nested value, then more", "m:\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"  k{i}: {i}\n")) + "  nested: [a, b]\n  k10: 10\n" },
        { "a quoted key after flat pairs", "m:\n  a: 1\n  \"b\": 2\n  c: 3\n" },
        { "an inline mapping among flat pairs", "m: {a: 1, b: {c: 2}, d: 3}\n" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReadingAFlatMappingGivesTheNodesOfTheText(string situation, string text)
    {
        var root = FactYamlReader.Read(text, "/f.yaml", [], CancellationToken.None);

        Dump(root!).ShouldBe(Oracle(text), situation);
        Dump(root!).ShouldBe(Dump(root!), "reading the pairs again makes the same nodes");
    }

    [Fact]
    public void OnlyMappingsOfScalarsUnderPlainNamesAreFlat()
    {
        var root = (FactMapping)FactYamlReader.Read(Texts.Single(t => (string)t[0] == "mixed: a nested value keeps its nodes")[1].ToString()!, "/f.yaml", [], CancellationToken.None)!;
        var entries = (FactMapping)root["entries"]!;

        root.IsFlat.ShouldBeFalse();
        entries.IsFlat.ShouldBeFalse();
        ((FactMapping)entries["A"]!).IsFlat.ShouldBeFalse();
        ((FactMapping)((FactMapping)entries["B"]!)["inline"]!).IsFlat.ShouldBeTrue();

        var evidence = (FactMapping)FactYamlReader.Read("A:\n  name: x\n  $evidence: []\nB:\n  name: y\n", "/f.yaml", [], CancellationToken.None)!;
        ((FactMapping)evidence["A"]!).IsFlat.ShouldBeFalse();
        ((FactMapping)evidence["B"]!).IsFlat.ShouldBeTrue();
    }

    [Fact]
    public void ADuplicateKeyInALargeMappingIsStillFound()
    {
        var text = Many(2_000) + "  Item5:\n    name: again\n";
        var diagnostics = new List<Diagnostics.DiagnosticInfo>();

        var root = (FactMapping)FactYamlReader.Read(text, "/f.yaml", diagnostics, CancellationToken.None)!;

        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("TF1008");
        ((FactMapping)root["entries"]!).Entries.Count.ShouldBe(2_000);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public void ADuplicateKeyInAFlatMappingIsReportedAndDropped(int keys)
    {
        var text = string.Concat(Enumerable.Range(0, keys).Select(i => $"k{i}: {i}\n")) + "k0: again\n";
        var diagnostics = new List<Diagnostics.DiagnosticInfo>();

        var root = (FactMapping)FactYamlReader.Read(text, "/f.yaml", diagnostics, CancellationToken.None)!;

        var duplicate = diagnostics.ShouldHaveSingleItem();
        duplicate.Id.ShouldBe("TF1008");
        duplicate.Location.StartLine.ShouldBe(keys);
        root.Entries.Count.ShouldBe(keys);
        ((FactScalar)root["k0"]!).Value.ShouldBe("0");
        ((FactScalar)root[$"k{keys - 1}"]!).Value.ShouldBe((keys - 1).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AnAnchorAmongFlatPairsIsReportedOnItsValueAndTheOtherPairsStay()
    {
        var diagnostics = new List<Diagnostics.DiagnosticInfo>();

        var root = (FactMapping)FactYamlReader.Read("a: 1\nb: &x 2\nc: *x\nd: 4\n", "/f.yaml", diagnostics, CancellationToken.None)!;

        diagnostics.Select(d => d.Location.StartLine).ShouldBe([1, 2]);
        root.IsFlat.ShouldBeFalse();
        root["b"]!.IsPoisoned.ShouldBeTrue();
        root["c"]!.IsPoisoned.ShouldBeTrue();
        ((FactScalar)root["a"]!).Value.ShouldBe("1");
        ((FactScalar)root["d"]!).Value.ShouldBe("4");
        root["a"]!.IsPoisoned.ShouldBeFalse();
    }

    private static string Many(int entries)
    {
        var text = new StringBuilder("entries:\n");
        for (var i = 0; i < entries; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  Item{i}:\n    name: Item number {i}\n    count: {i}\n    quoted: \"#{i}\"\n");
        }

        return text.ToString();
    }

    private static string Dump(FactNode node)
    {
        var text = new StringBuilder();
        Write(node);
        return text.ToString();

        void Write(FactNode n)
        {
            switch (n)
            {
                case FactScalar s:
                    text.Append(CultureInfo.InvariantCulture, $"S{s.Span.StartOffset}-{s.Span.EndOffset}{(s.IsPlain ? "p" : "q")}<{s.Value}>");
                    break;
                case FactSequence q:
                    text.Append(CultureInfo.InvariantCulture, $"Q{q.Span.StartOffset}-{q.Span.EndOffset}[");
                    q.Items.ForEach(Write);
                    text.Append(']');
                    break;
                case FactMapping m:
                    text.Append(CultureInfo.InvariantCulture, $"M{m.Span.StartOffset}-{m.Span.EndOffset}{{");
                    foreach (var pair in m.Entries)
                    {
                        Write(pair.Key);
                        text.Append(':');
                        Write(pair.Value);
                    }

                    text.Append('}');
                    break;
            }
        }
    }

    /// <summary>The same dump from the parser's events, with the reader's one rule: an empty value with no width is shown on its key.</summary>
    private static string Oracle(string text)
    {
        var parser = new Parser(new StringReader(text));
        var output = new StringBuilder();
        var open = new Stack<(bool IsMapping, int Pairs)>();
        var keyStart = new Stack<(long Start, long End)>();
        while (parser.MoveNext())
        {
            var inMapping = open.Count > 0 && open.Peek().IsMapping;
            var isValue = inMapping && open.Peek().Pairs % 2 == 1;
            switch (parser.Current)
            {
                case Scalar scalar:
                    var (start, end) = (scalar.Start.Index, scalar.End.Index);
                    if (isValue && start == end && scalar.Value.Length == 0 && scalar.Style == ScalarStyle.Plain)
                    {
                        (start, end) = keyStart.Peek();
                    }

                    if (inMapping && !isValue)
                    {
                        keyStart.Push((start, end));
                    }

                    output.Append(CultureInfo.InvariantCulture, $"S{start}-{end}{(scalar.Style == ScalarStyle.Plain ? "p" : "q")}<{scalar.Value}>");
                    Count(isValue);
                    break;
                case SequenceStart sequenceStart:
                    output.Append(CultureInfo.InvariantCulture, $"Q{sequenceStart.Start.Index}-");
                    open.Push((false, 0));
                    break;
                case MappingStart mappingStart:
                    output.Append(CultureInfo.InvariantCulture, $"M{mappingStart.Start.Index}-");
                    open.Push((true, 0));
                    break;
                case SequenceEnd or MappingEnd:
                    var closed = open.Pop();
                    output.Append(CultureInfo.InvariantCulture, $"{parser.Current.End.Index}").Append(closed.IsMapping ? "}" : "]");
                    if (open.Count > 0 && open.Peek().IsMapping)
                    {
                        Count(isValue: true);
                    }

                    break;
            }
        }

        // The end offset of a collection is known only at its end: move each to its start.
        return Reorder(output.ToString());

        void Count(bool isValue)
        {
            if (open.Count == 0)
            {
                return;
            }

            var top = open.Pop();
            open.Push((top.IsMapping, top.Pairs + 1));
            if (top.IsMapping)
            {
                output.Append(isValue ? string.Empty : ":");
                if (isValue)
                {
                    keyStart.Pop();
                }
            }
        }
    }

    /// <summary>Turns "M3-…children…9}" into "M3-9{…children…}" (and the same for sequences).</summary>
    private static string Reorder(string dump)
    {
        var result = new StringBuilder();
        var starts = new Stack<(int At, char Open)>();
        var i = 0;
        while (i < dump.Length)
        {
            var c = dump[i];
            if (c is 'M' or 'Q' && (i == 0 || dump[i - 1] is ':' or '-' or '>' or '}' or ']'))
            {
                var dash = dump.IndexOf('-', i);
                result.Append(dump, i, dash - i + 1);
                starts.Push((result.Length, c == 'M' ? '{' : '['));
                i = dash + 1;
                continue;
            }

            if (c == 'S')
            {
                var close = dump.IndexOf('>', i);
                result.Append(dump, i, close - i + 1);
                i = close + 1;
                continue;
            }

            if (char.IsDigit(c))
            {
                var j = i;
                while (char.IsDigit(dump[j]))
                {
                    j++;
                }

                var (at, open) = starts.Pop();
                result.Insert(at, dump.Substring(i, j - i) + open);
                result.Append(dump[j]);
                i = j + 1;
                continue;
            }

            result.Append(c);
            i++;
        }

        return result.ToString();
    }
}
