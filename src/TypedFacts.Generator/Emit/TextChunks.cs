using System;
using System.Collections.Generic;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// The text of a generated file as it is written: blocks of 8,192 characters (16 KB, far under
/// the large-object threshold), filled in turn and never copied. The compiler reads the
/// blocks themselves (<c>Pipeline/ChunkedSourceText</c>), so a file of several megabytes is
/// never also one large string: writing it costs one copy of the text, not three (issue 12).
/// Equal when the texts are equal, so the incremental pipeline can tell a file written again
/// unchanged from a changed one.
/// </summary>
public sealed class TextChunks : IEquatable<TextChunks>
{
    private const int BlockBits = 13;
    private const int BlockSize = 1 << BlockBits;

    private readonly List<char[]> _blocks = [];
    private char[] _current = new char[BlockSize];
    private int _used;
    private int _written; // in the full blocks

    public int Length => _written + _used;

    public void Append(char c)
    {
        if (_used == _current.Length)
        {
            NextBlock();
        }

        _current[_used++] = c;
    }

    public void Append(char c, int repeat)
    {
        for (var i = 0; i < repeat; i++)
        {
            Append(c);
        }
    }

    public void Append(string text) => Append(text, 0, text.Length);

    public void Append(string text, int start, int count)
    {
        while (count > 0)
        {
            if (_used == _current.Length)
            {
                NextBlock();
            }

            var n = Math.Min(count, _current.Length - _used);
            text.CopyTo(start, _current, _used, n);
            (_used, start, count) = (_used + n, start + n, count - n);
        }
    }

    /// <summary>Copies <paramref name="count"/> characters from <paramref name="position"/> on.</summary>
    public void CopyTo(int position, char[] destination, int destinationIndex, int count)
    {
        if (position < 0 || count < 0 || position + count > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position));
        }

        var (block, offset) = (position >> BlockBits, position & (BlockSize - 1));
        while (count > 0)
        {
            var source = block < _blocks.Count ? _blocks[block] : _current;
            var available = (block < _blocks.Count ? source.Length : _used) - offset;
            var n = Math.Min(count, available);
            Array.Copy(source, offset, destination, destinationIndex, n);
            (block, offset, destinationIndex, count) = (block + 1, 0, destinationIndex + n, count - n);
        }
    }

    public char this[int position]
    {
        get
        {
            if ((uint)position >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }

            var block = position >> BlockBits;
            return (block < _blocks.Count ? _blocks[block] : _current)[position & (BlockSize - 1)];
        }
    }

    public override string ToString()
    {
        var all = new char[Length];
        CopyTo(0, all, 0, all.Length);
        return new string(all);
    }

    public bool Equals(TextChunks? other)
    {
        if (other is null || other.Length != Length)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        // Blocks are all the same size, so equal texts are equal block by block.
        for (var b = 0; b <= _blocks.Count; b++)
        {
            var (mine, theirs) = b < _blocks.Count ? (_blocks[b], other._blocks[b]) : (_current, other._current);
            var length = b < _blocks.Count ? BlockSize : _used;
            for (var i = 0; i < length; i++)
            {
                if (mine[i] != theirs[i])
                {
                    return false;
                }
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as TextChunks);

    public override int GetHashCode() => Length;

    private void NextBlock()
    {
        _blocks.Add(_current);
        _written += _current.Length;
        _current = new char[BlockSize];
        _used = 0;
    }
}
