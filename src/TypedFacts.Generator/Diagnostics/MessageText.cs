using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TypedFacts.Generator.Diagnostics;

/// <summary>The pieces the catalog composes messages from: name lists and did-you-mean suggestions.</summary>
internal static class MessageText
{
    /// <summary>"; did you mean 'x'?" when one candidate is close enough, else empty.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var lowered = input.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(1, Math.Min(3, input.Length / 3));
        return best is not null && bestDistance <= allowed ? "; did you mean '" + best + "'?" : string.Empty;
    }

    /// <summary>Names for a message: 'a', 'b' and 'c' (the first few, in the order given).</summary>
    public static string List(IEnumerable<string> names, int max = 12)
    {
        var builder = new StringBuilder();
        var count = 0;
        foreach (var name in names)
        {
            if (count == max)
            {
                builder.Append(", ...");
                break;
            }

            if (count > 0)
            {
                builder.Append(", ");
            }

            builder.Append('\'').Append(name).Append('\'');
            count++;
        }

        return count == 0 ? "(none)" : builder.ToString();
    }

    /// <summary>A 1-based line number as messages print it.</summary>
    public static string Line(LocationInfo location) => (location.StartLine + 1).ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
