using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;

namespace TypedFacts.Generator.Yaml;

/// <summary>
/// A YAML node with its position, read from YamlDotNet's parser events. Positions are kept
/// for every node so that any problem found later (types, references, quotes) points at the
/// exact place in the fact file.
/// </summary>
public abstract class FactNode
{
    protected FactNode(NodeSpan span) => Span = span;

    public NodeSpan Span { get; internal set; }

    /// <summary>
    /// Set when the reader already reported a problem with this node (an alias, a tag, a node
    /// that is too deep): later stages skip it silently instead of reporting a second error.
    /// </summary>
    public bool IsPoisoned { get; internal set; }

    public abstract string KindName { get; }
}

/// <summary>
/// Start and end of a node as character offsets into the fact file's text. Lines and columns
/// are worked out from the file's <see cref="LineMap"/> only when a diagnostic needs them: a
/// node is kept by every stage up to binding, so it keeps only what every node needs.
/// </summary>
public readonly record struct NodeSpan(int StartOffset, int EndOffset)
{
    public LocationInfo In(string filePath, LineMap lines)
    {
        var (startLine, startColumn) = lines.Position(StartOffset);
        var (endLine, endColumn) = lines.Position(EndOffset);
        return new(filePath, StartOffset, EndOffset - StartOffset, startLine, startColumn, endLine, endColumn);
    }
}

/// <summary>
/// Where the lines of a text start, found on first use, so that an offset becomes a zero-based
/// line and column. Line breaks are YAML's (and the parser's): <c>\n</c>, <c>\r\n</c>, a lone
/// <c>\r</c>, U+0085, U+2028 and U+2029.
/// </summary>
public sealed class LineMap(string text)
{
    private int[]? _starts;

    public (int Line, int Column) Position(int offset)
    {
        var starts = _starts ??= Starts(text);
        var at = offset < 0 ? 0 : offset > text.Length ? text.Length : offset;
        var line = System.Array.BinarySearch(starts, at);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, at - starts[line]);
    }

    private static int[] Starts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break; // the \n that follows ends the line
                case '\n' or '\r' or '\u0085' or '\u2028' or '\u2029':
                    starts.Add(i + 1);
                    break;
            }
        }

        return starts.ToArray();
    }
}

public sealed class FactScalar : FactNode
{
    public FactScalar(NodeSpan span, string value, bool isPlain)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Only plain scalars are typed: a quoted or block scalar is always a string.</summary>
    public bool IsPlain { get; }

    /// <summary>YAML 1.2 core schema null: <c>~</c>, <c>null</c> or nothing at all, unquoted.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string KindName => IsNull ? "null" : $"the scalar '{Value}'";
}

public sealed class FactSequence : FactNode
{
    public FactSequence(NodeSpan span)
        : base(span)
    {
    }

    public List<FactNode> Items { get; } = [];

    public override string KindName => "a sequence";
}

public sealed class FactMapping : FactNode
{
    public FactMapping(NodeSpan span)
        : base(span)
    {
    }

    public List<KeyValuePair<FactScalar, FactNode>> Entries { get; } = [];

    public override string KindName => "a mapping";

    public FactNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }
}
