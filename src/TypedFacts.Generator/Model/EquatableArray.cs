using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace TypedFacts.Generator.Model;

/// <summary>
/// An immutable array with value equality. Incremental generator steps compare their outputs
/// with <see cref="object.Equals(object)"/>; <see cref="ImmutableArray{T}"/> and arrays compare
/// by reference, which would make every rerun look like a change and defeat caching.
/// </summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    public static readonly EquatableArray<T> Empty = new(Array.Empty<T>());

    private readonly T[]? _items;

    public EquatableArray(T[] items) => _items = items;

    public EquatableArray(IEnumerable<T> items) => _items = [.. items];

    public int Count => _items?.Length ?? 0;

    public T this[int index] => _items![index];

    public ReadOnlySpan<T> AsSpan() => _items;

    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan());

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCombiner();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.Value;
    }

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class EquatableArray
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new(items);

    public static EquatableArray<T> ToEquatableArray<T>(this List<T> items)
        where T : IEquatable<T> => items.Count == 0 ? EquatableArray<T>.Empty : new(items.ToArray());
}

/// <summary>FNV-style hash combining; <c>System.HashCode</c> is not in netstandard2.0.</summary>
internal struct HashCombiner
{
    private int _value;

    public readonly int Value => _value;

    public void Add<T>(T item) => _value = unchecked((_value * -1521134295) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
}
