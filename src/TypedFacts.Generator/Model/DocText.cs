using System.Text;

namespace TypedFacts.Generator.Model;

/// <summary>
/// Text from a fact file inside an XML doc comment: XML-escaped, on one line (a line break,
/// including U+0085, U+2028 and U+2029, would end the <c>///</c> comment and let the rest of
/// the text become code), without control characters or lone surrogates that XML forbids.
/// </summary>
public static class DocText
{
    public static string Escape(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and <= '~' and not ('&' or '<' or '>'))
            {
                // Printable ASCII, most of every text: nothing to replace.
                builder?.Append(c);
                continue;
            }

            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' or '\n' or '\t' or '\u0085' or '\u2028' or '\u2029' => " ",
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) => null,
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ when char.IsControl(c) || c == '\uFFFE' || c == '\uFFFF' => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => null,
            };
            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Keeps IntelliSense readable: long values are cut with an ellipsis (never inside a surrogate pair).</summary>
    public static string Truncate(string text, int max = 240)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text.Substring(0, cut) + "\u2026";
    }
}
