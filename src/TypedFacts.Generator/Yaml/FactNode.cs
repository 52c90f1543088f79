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

/// <summary>
/// A mapping. While the reader builds it, its pairs are nodes; once it is complete, a mapping
/// of scalars under plain keys (an entry, a source, an evidence item: most mappings of a fact
/// file) hands its pairs to the file's <see cref="FlatPairs"/> and keeps only where they are.
/// Its pairs are then nodes made when they are read, so a large file keeps no node per value
/// alive between reading and binding.
/// </summary>
public sealed class FactMapping : FactNode
{
    private PairList? _pairs = new();
    private FlatPairs? _flat;
    private int _first;
    private int _count;

    public FactMapping(NodeSpan span)
        : base(span)
    {
    }

    public FactPairs Entries => _pairs is not null ? new FactPairs(_pairs) : new FactPairs(_flat!, _first, _count);

    /// <summary>Whether the pairs are kept flat: every value a scalar, every key a plain name that is not the format's ('$').</summary>
    public bool IsFlat => _flat is not null;

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

    internal void Add(KeyValuePair<FactScalar, FactNode> pair) => _pairs!.Add(pair);

    /// <summary>Moves the pairs of a complete mapping of scalars into <paramref name="store"/>; other mappings keep their nodes.</summary>
    internal void Flatten(FlatPairs store)
    {
        var pairs = _pairs!;
        if (pairs.Count == 0 || IsPoisoned)
        {
            return;
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            if (pair.Key is not { IsPlain: true, IsPoisoned: false } key || Format.FormatKeys.IsReserved(key.Value) || pair.Value is not FactScalar { IsPoisoned: false })
            {
                return;
            }
        }

        _first = store.Count;
        for (var i = 0; i < pairs.Count; i++)
        {
            store.Add(pairs[i].Key, (FactScalar)pairs[i].Value);
        }

        _count = pairs.Count;
        _flat = store;
        _pairs = null;
    }
}

/// <summary>The pairs of a <see cref="FactMapping"/>, in the file's order, as nodes or read from its <see cref="FlatPairs"/>.</summary>
public readonly struct FactPairs : IReadOnlyList<KeyValuePair<FactScalar, FactNode>>
{
    private readonly PairList? _pairs;
    private readonly FlatPairs? _flat;
    private readonly int _first;

    /// <summary>Pairs chosen from a mapping's (an entry's values without its '$' keys).</summary>
    public FactPairs(IEnumerable<KeyValuePair<FactScalar, FactNode>> pairs)
        : this(PairList.Of(pairs))
    {
    }

    internal FactPairs(PairList pairs)
    {
        _pairs = pairs;
        _flat = null;
        _first = 0;
        Count = pairs.Count;
    }

    internal FactPairs(FlatPairs flat, int first, int count)
    {
        _pairs = null;
        _flat = flat;
        _first = first;
        Count = count;
    }

    public int Count { get; }

    public KeyValuePair<FactScalar, FactNode> this[int index]
        => _pairs is not null ? _pairs[Checked(index)] : _flat!.Pair(_first + Checked(index));

    /// <summary>The text of the key of pair <paramref name="index"/>, without making its node.</summary>
    public string KeyName(int index) => _pairs is not null ? _pairs[Checked(index)].Key.Value : _flat!.Name(_first + Checked(index));

    /// <summary>The value of pair <paramref name="index"/>, without making the key's node.</summary>
    public FactNode ValueAt(int index) => _pairs is not null ? _pairs[Checked(index)].Value : _flat!.Value(_first + Checked(index));

    /// <summary>The index, when it is one of these pairs': a flat mapping's neighbours are in the same store.</summary>
    private int Checked(int index) => (uint)index < (uint)Count ? index : throw new System.ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<FactScalar, FactNode>> IEnumerable<KeyValuePair<FactScalar, FactNode>>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<KeyValuePair<FactScalar, FactNode>>
    {
        private readonly FactPairs _pairs;
        private int _index;

        internal Enumerator(FactPairs pairs)
        {
            _pairs = pairs;
            _index = -1;
            Current = default;
        }

        public KeyValuePair<FactScalar, FactNode> Current { get; private set; }

        readonly object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (++_index >= _pairs.Count)
            {
                return false;
            }

            Current = _pairs[_index];
            return true;
        }

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}

/// <summary>
/// The pairs of a mapping being read, in blocks that double up to 1,024 pairs (16 KB): the
/// mapping of a large kind's entries never reallocates a large array as it grows.
/// </summary>
internal sealed class PairList
{
    private const int BlockBits = 10;
    private const int BlockSize = 1 << BlockBits;

    private KeyValuePair<FactScalar, FactNode>[] _first = new KeyValuePair<FactScalar, FactNode>[8]; // an entry of a few fields fits
    private List<KeyValuePair<FactScalar, FactNode>[]>? _blocks;

    public int Count { get; private set; }

    public static PairList Of(IEnumerable<KeyValuePair<FactScalar, FactNode>> pairs)
    {
        var list = new PairList();
        foreach (var pair in pairs)
        {
            list.Add(pair);
        }

        return list;
    }

    public KeyValuePair<FactScalar, FactNode> this[int index]
        => _blocks is null ? _first[index] : _blocks[index >> BlockBits][index & (BlockSize - 1)];

    public void Add(KeyValuePair<FactScalar, FactNode> pair)
    {
        if (_blocks is null)
        {
            if (Count == _first.Length)
            {
                if (Count < BlockSize)
                {
                    System.Array.Resize(ref _first, Count * 2);
                }
                else
                {
                    _blocks = [_first];
                }
            }

            if (_blocks is null)
            {
                _first[Count++] = pair;
                return;
            }
        }

        if ((Count & (BlockSize - 1)) == 0)
        {
            _blocks.Add(new KeyValuePair<FactScalar, FactNode>[BlockSize]);
        }

        _blocks[Count >> BlockBits][Count & (BlockSize - 1)] = pair;
        Count++;
    }
}

/// <summary>
/// The pairs of a file's flat mappings (<see cref="FactMapping.Flatten"/>), in blocks of plain
/// structs the garbage collector has no references to follow in: a key is an index into the few
/// names the file's mappings use, and a value is its span in the text when it reads as written
/// there (the common case), so its string is not kept either. Reading a pair makes its nodes.
/// </summary>
public sealed class FlatPairs(string text)
{
    private const int BlockBits = 10; // 1,024 pairs (28 KB) a block: never a large object
    private const int BlockMask = (1 << BlockBits) - 1;

    private readonly List<Slot[]> _blocks = [];
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _nameIndex = new(System.StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public int Count { get; private set; }

    internal void Add(FactScalar key, FactScalar value)
    {
        if (!_nameIndex.TryGetValue(key.Value, out var name))
        {
            name = _names.Count;
            _names.Add(key.Value);
            _nameIndex.Add(key.Value, name);
        }

        var (start, end) = (value.Span.StartOffset, value.Span.EndOffset);
        var asWritten = end - start == value.Value.Length && string.CompareOrdinal(text, start, value.Value, 0, value.Value.Length) == 0;
        if (!asWritten)
        {
            _texts.Add(value.Value);
        }

        if ((Count & BlockMask) == 0)
        {
            _blocks.Add(new Slot[1 << BlockBits]);
        }

        _blocks[Count >> BlockBits][Count & BlockMask] = new Slot(key.Span, name, value.Span, asWritten ? -1 : _texts.Count - 1, value.IsPlain);
        Count++;
    }

    internal KeyValuePair<FactScalar, FactNode> Pair(int index)
        => new(new FactScalar(At(index).Key, Name(index), isPlain: true), Value(index));

    internal string Name(int index) => _names[At(index).Name];

    internal FactScalar Value(int index)
    {
        var slot = At(index);
        var value = slot.Text >= 0 ? _texts[slot.Text] : text.Substring(slot.Value.StartOffset, slot.Value.EndOffset - slot.Value.StartOffset);
        return new FactScalar(slot.Value, value, slot.IsPlain);
    }

    private Slot At(int index) => _blocks[index >> BlockBits][index & BlockMask];

    private readonly record struct Slot(NodeSpan Key, int Name, NodeSpan Value, int Text, bool IsPlain);
}
