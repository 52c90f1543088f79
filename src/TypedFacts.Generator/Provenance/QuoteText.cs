using System;
using System.Text;

namespace TypedFacts.Generator.Provenance;

/// <summary>
/// A quote against its source: the folding of SPEC 2.4 (<see cref="TypedFacts.Text.QuoteFolding"/>,
/// shared with the quizzes), and the closest passage for TF3002.
/// </summary>
public static class QuoteText
{
    public static string Fold(string text) => TypedFacts.Text.QuoteFolding.Fold(text);

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
