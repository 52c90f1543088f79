using System;
using System.Collections;
using System.Collections.Generic;

namespace TypedFacts
{
    /// <summary>Groups the claims of a field or constant: the adopted value, then each distinct variant in file order.</summary>
    internal static class FactClaims
    {
        /// <param name="adopted">The value the model adopted.</param>
        /// <param name="support">The evidence for the adopted value.</param>
        /// <param name="evidence">Every item; its claims that <paramref name="about"/> accepts give the variants.</param>
        /// <param name="about">Whether a claim is about this field.</param>
        /// <param name="cast">A claim's boxed value as the field's type.</param>
        public static IReadOnlyList<FactClaim<T>> Of<T>(T adopted, IReadOnlyList<FactEvidence> support, IReadOnlyList<FactEvidence> evidence, Func<FactEvidence, bool> about, Func<object?, T> cast)
        {
            var claims = new List<FactClaim<T>> { new FactClaim<T>(adopted, isAdopted: true, support, note: null) };
            List<(T Value, List<FactEvidence> Items, string? Note)>? variants = null;
            foreach (var item in evidence)
            {
                if (!item.IsClaim || !about(item))
                {
                    continue;
                }

                var value = cast(item.Value);
                variants ??= new List<(T, List<FactEvidence>, string?)>();
                var index = variants.FindIndex(v => Same(v.Value, value));
                if (index < 0)
                {
                    variants.Add((value, new List<FactEvidence> { item }, item.Note));
                }
                else
                {
                    var variant = variants[index];
                    variant.Items.Add(item);
                    variants[index] = (variant.Value, variant.Items, variant.Note ?? item.Note);
                }
            }

            foreach (var (value, items, note) in variants ?? new List<(T, List<FactEvidence>, string?)>())
            {
                claims.Add(new FactClaim<T>(value, isAdopted: false, items.AsReadOnly(), note));
            }

            return claims.AsReadOnly();
        }

        /// <summary>Values compare as their types do, and lists item by item (a list property is a new list each time).</summary>
        public static bool Same(object? a, object? b)
        {
            if (a is IEnumerable x && b is IEnumerable y && a is not string && b is not string)
            {
                var left = x.GetEnumerator();
                var right = y.GetEnumerator();
                while (true)
                {
                    var more = left.MoveNext();
                    if (more != right.MoveNext())
                    {
                        return false;
                    }

                    if (!more)
                    {
                        return true;
                    }

                    if (!Same(left.Current, right.Current))
                    {
                        return false;
                    }
                }
            }

            return Equals(a, b);
        }
    }
}
