using System.Collections.Generic;
using System.Threading;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Syntax;

/// <summary>
/// What the parsers of one file share: its path, the problems found so far, the cancellation
/// token, and the checks every section makes of its nodes (a mapping here, a single value
/// there, only known keys). A node the reader already reported (poisoned) is never reported again.
/// </summary>
internal sealed class SyntaxContext(string path, LineMap lines, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
{
    public string Path { get; } = path;

    /// <summary>The file's lines, shared with the reader and the parsed file.</summary>
    public LineMap Lines { get; } = lines;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public void Report(DiagnosticInfo diagnostic) => diagnostics.Add(diagnostic);

    public LocationInfo At(FactNode node) => node.Span.In(Path, Lines);

    public FactMapping? Mapping(FactNode node, string what)
    {
        if (node is FactMapping mapping)
        {
            return mapping;
        }

        WrongKind(node, "a mapping", what);
        return null;
    }

    /// <summary>A single non-null value; null (reported) otherwise.</summary>
    public FactScalar? Scalar(FactNode node, string what)
    {
        if (node is FactScalar { IsNull: false } scalar)
        {
            return node.IsPoisoned ? null : scalar;
        }

        WrongKind(node, "a single value", what);
        return null;
    }

    /// <summary>A text, where null is allowed and means none.</summary>
    public string? Text(FactNode node, string what) => node is FactScalar { IsNull: true } ? null : Scalar(node, what)?.Value;

    public void WrongKind(FactNode node, string expected, string what)
    {
        if (!node.IsPoisoned)
        {
            Report(FactDiagnostics.WrongNodeKind(At(node), expected, what, node.KindName));
        }
    }

    public void UnknownKey(FactScalar key, string where, string[] valid)
    {
        if (!key.IsPoisoned)
        {
            Report(FactDiagnostics.UnknownKey(At(key), key.Value, where, valid));
        }
    }

    /// <summary>A '$' key where the format has none: reported, and poisoned so that binding skips it.</summary>
    public void UnknownReservedKey(FactScalar key, bool inInlineValue)
    {
        if (!key.IsPoisoned)
        {
            Report(inInlineValue ? FactDiagnostics.ReservedKeyInInlineValue(At(key), key.Value) : FactDiagnostics.UnknownReservedKey(At(key), key.Value));
            key.IsPoisoned = true;
        }
    }

    /// <summary>A value never has '$' keys: its evidence belongs to the entry. Walked without recursion.</summary>
    public void CheckNoReservedKeys(FactNode value)
    {
        if (value is FactScalar)
        {
            return;
        }

        var pending = new Stack<FactNode>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case FactMapping mapping:
                    foreach (var pair in mapping.Entries)
                    {
                        if (IsReserved(pair.Key))
                        {
                            UnknownReservedKey(pair.Key, inInlineValue: true);
                        }

                        pending.Push(pair.Value);
                    }

                    break;
                case FactSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }
    }

    /// <summary>Calls <paramref name="parse"/> for each key of a mapping section (a null section is empty).</summary>
    public void ForEachEntry(FactNode node, string what, System.Action<FactScalar, FactNode> parse)
    {
        if (node is FactScalar { IsNull: true } || Mapping(node, what) is not { } mapping)
        {
            return;
        }

        foreach (var pair in mapping.Entries)
        {
            CancellationToken.ThrowIfCancellationRequested();
            parse(pair.Key, pair.Value);
        }
    }

    public static bool IsReserved(FactScalar key) => FormatKeys.IsReserved(key.Value);
}
