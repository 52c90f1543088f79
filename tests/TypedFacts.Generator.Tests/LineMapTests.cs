using Shouldly;
using TypedFacts.Generator.Yaml;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// Nodes keep offsets only; lines and columns come from <see cref="LineMap"/>. They must be the
/// parser's own, whatever the line breaks: every event's position is compared with YamlDotNet's.
/// </summary>
public sealed class LineMapTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "line feeds", "records:\n  Person:\n    entries:\n      A: {name: x, age: 3}\n      B:\n        name: \"two\\nlines\"\n" },
        { "CR LF", "records:\r\n  Person:\r\n    entries:\r\n      A: {name: x}\r\n      B:\r\n        name: y\r\n" },
        { "lone CR", "records:\r  Person:\r    entries:\r      A: {name: x}\r" },
        { "NEL, LS and PS", "a: 1\u0085b: 2\u2028c: 3\u2029d: [x, y]\n" },
        { "a folded quoted scalar", "a: \"one\n  two\r\n  three\"\nb: 'x\n\n  y'\nc: 4\n" },
        { "block scalars", "a: |\n  one\n  two\nb: >\r\n  three\r\n  four\r\nc: 5\n" },
        { "tabs and wide characters", "a:\t\"\uD83D\uDE80 rocket\"\nb: \u00E9t\u00E9\nc: [\t1,\t2]\n" },
        { "no final line break", "a: 1\nb: 2" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void LinesAndColumnsAreTheParsers(string situation, string text)
    {
        var lines = new LineMap(text);
        var parser = new Parser(new StringReader(text));
        var events = 0;
        while (parser.MoveNext())
        {
            foreach (var mark in new[] { parser.Current!.Start, parser.Current.End })
            {
                if (mark.Index == text.Length && !text.EndsWith('\n') && !text.EndsWith('\r'))
                {
                    // The parser puts the end of a text without a final line break on a line past it;
                    // a diagnostic there is shown at the end of the last line instead, inside the file.
                    lines.Position(text.Length).ShouldBe((text.Split('\n').Length - 1, text.Length - text.LastIndexOf('\n') - 1));
                    continue;
                }

                lines.Position((int)mark.Index).ShouldBe(((int)mark.Line - 1, (int)mark.Column - 1), $"{situation}: {parser.Current.GetType().Name} at offset {mark.Index}");
            }

            events++;
        }

        events.ShouldBeGreaterThan(4);
    }

    [Fact]
    public void OffsetsOutsideTheTextAreClampedToIt()
    {
        var lines = new LineMap("a: 1\nb: 2\n");

        lines.Position(-3).ShouldBe((0, 0));
        lines.Position(100).ShouldBe((2, 0));
        lines.Position(7).ShouldBe((1, 2));
    }
}
