using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedFacts.Generator.Binding;

/// <summary>Turns ids and names of a fact file into C# identifiers (SPEC 3, identifiers).</summary>
public static class Identifiers
{
    /// <summary>
    /// <c>soyuz-ms-18</c> → <c>SoyuzMs18</c>, <c>age</c> → <c>Age</c>, <c>YuliaPeresild</c> unchanged.
    /// Anything that is not a letter or digit separates words. Null when no valid identifier results.
    /// </summary>
    public static string? ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name)
        {
            if (c != '_' && SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsSurrogate(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            return null;
        }

        var result = builder.ToString();
        return SyntaxFacts.IsValidIdentifier(result) ? result : null;
    }

    /// <summary>Why <see cref="ToPascalCase"/> failed, for the message of TF2020.</summary>
    public static string WhyInvalid(string name)
    {
        if (name.Trim().Length == 0)
        {
            return "it is empty";
        }

        var pascal = new StringBuilder();
        foreach (var c in name)
        {
            if (c != '_' && SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsSurrogate(c))
            {
                pascal.Append(c);
            }
        }

        return pascal.Length == 0
            ? "it has no letters or digits"
            : "a C# name must start with a letter, and this one starts with '" + pascal[0] + "'";
    }

    /// <summary>A type expression's name part: letters, digits, '_' and '-' only.</summary>
    public static bool IsPlainName(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An identifier ready to print: <c>@</c> before a keyword.</summary>
    public static string Escape(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) == SyntaxKind.RecordKeyword
            ? "@" + identifier
            : identifier;

    /// <summary>"; did you mean 'x'?" when one candidate is close enough, else empty.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = System.Math.Max(1, System.Math.Min(3, input.Length / 3));
        return best is not null && bestDistance <= allowed ? "; did you mean '" + best + "'?" : string.Empty;
    }

    /// <summary>Lists names for a message: 'a', 'b' and 'c' (the first few, sorted as given).</summary>
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
                d[i, j] = System.Math.Min(System.Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = System.Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
