// One source, compiled into every assembly that compares a quote with its text: the generator (the build-time check),
// the question engine (telling options apart) and the web quiz (marking a quote in its article). Linked, not
// referenced, because the generator ships alone in the analyzer folder and the runtime library's API is the SPEC's.
using System.Collections.Generic;
using System.Text;

namespace TypedFacts.Text
{
    /// <summary>
    /// The folding under which a quote is compared with its source (SPEC 2.4): each run of white space becomes one
    /// space, leading and trailing white space goes, and typographic quotes, apostrophes and dashes become their ASCII
    /// forms. Case and everything else must match.
    /// </summary>
    internal static class QuoteFolding
    {
        /// <summary>The folded form of <paramref name="text"/>.</summary>
        public static string Fold(string text)
        {
            var builder = new StringBuilder(text.Length);
            Fold(text, builder, map: null);
            return builder.ToString();
        }

        /// <summary>
        /// The folded form of <paramref name="text"/>, and for each of its characters the index in
        /// <paramref name="text"/> it comes from (for a folded space, the first character of its white space run).
        /// </summary>
        public static (string Folded, int[] Map) FoldWithMap(string text)
        {
            var builder = new StringBuilder(text.Length);
            var map = new List<int>(text.Length);
            Fold(text, builder, map);
            return (builder.ToString(), map.ToArray());
        }

        /// <summary>One character folded: typographic quotes, apostrophes and dashes to ASCII, anything else as it is.</summary>
        public static char Fold(char c) => c switch
        {
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
            _ => c,
        };

        private static void Fold(string text, StringBuilder builder, List<int>? map)
        {
            var pendingSpace = -1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    if (pendingSpace < 0 && builder.Length > 0)
                    {
                        pendingSpace = i;
                    }

                    continue;
                }

                if (pendingSpace >= 0)
                {
                    builder.Append(' ');
                    map?.Add(pendingSpace);
                    pendingSpace = -1;
                }

                builder.Append(Fold(c));
                map?.Add(i);
            }
        }
    }
}
