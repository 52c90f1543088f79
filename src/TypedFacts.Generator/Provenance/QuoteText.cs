using System;
using System.Text;

namespace TypedFacts.Generator.Provenance;

/// <summary>
/// The folding under which a quote is compared with its source (SPEC 2.4): runs of white space
/// become one space, typographic quotes, apostrophes and dashes become their ASCII forms. Case
/// and everything else must match.
/// </summary>
public static class QuoteText
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>The passage of <paramref name="text"/> (folded) that looks most like <paramref name="quote"/> (folded).</summary>
    /// <remarks>Up to 400 candidate windows, each an edit-distance table: the token is checked before each.</remarks>
    public static string ClosestPassage(string text, string quote, System.Threading.CancellationToken cancellationToken, int maxLength = 200)
    {
        if (text.Length == 0 || quote.Length == 0)
        {
            return string.Empty;
        }

        var window = System.Math.Min(quote.Length, text.Length);
        var bestStart = 0;
        var bestDistance = int.MaxValue;
        var tried = new System.Collections.Generic.HashSet<int>();
        var words = quote.Split(' ');
        var offsetInQuote = 0;
        foreach (var word in words)
        {
            if (word.Length >= 3)
            {
                for (var at = text.IndexOf(word, System.StringComparison.Ordinal); at >= 0 && tried.Count < 400; at = text.IndexOf(word, at + 1, System.StringComparison.Ordinal))
                {
                    var start = System.Math.Max(0, System.Math.Min(text.Length - window, at - offsetInQuote));
                    if (!tried.Add(start))
                    {
                        continue;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    var distance = Distance(text, start, window, quote);
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        bestStart = start;
                    }
                }
            }

            offsetInQuote += word.Length + 1;
        }

        // Widen to whole words, with some slack after: a quote missing a word is shorter than
        // the passage it was taken from.
        var from = bestStart;
        while (from > 0 && text[from - 1] != ' ')
        {
            from--;
        }

        var end = Math.Min(text.Length, bestStart + window + Math.Max(8, window / 5));
        while (end < text.Length && text[end] != ' ')
        {
            end++;
        }

        var passage = text.Substring(from, end - from).Trim();
        return passage.Length > maxLength ? passage.Substring(0, maxLength) + "\u2026" : passage;
    }

    private static int Distance(string text, int start, int length, string quote)
    {
        if (length > 400 || quote.Length > 400)
        {
            length = System.Math.Min(length, 400);
            quote = quote.Substring(0, System.Math.Min(quote.Length, 400));
        }

        var previous = new int[quote.Length + 1];
        var current = new int[quote.Length + 1];
        for (var j = 0; j <= quote.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= length; i++)
        {
            current[0] = i;
            var c = text[start + i - 1];
            for (var j = 1; j <= quote.Length; j++)
            {
                var cost = c == quote[j - 1] ? 0 : 1;
                current[j] = System.Math.Min(System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[quote.Length];
    }
}
