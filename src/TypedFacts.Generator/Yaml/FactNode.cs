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

/// <summary>Start and end of a node: zero-based lines and columns, character offsets.</summary>
public readonly record struct NodeSpan(int StartLine, int StartColumn, int StartOffset, int EndLine, int EndColumn, int EndOffset)
{
    public LocationInfo In(string filePath)
        => new(filePath, StartOffset, EndOffset - StartOffset, StartLine, StartColumn, EndLine, EndColumn);
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
