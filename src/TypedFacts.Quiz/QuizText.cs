using System;
using System.Collections.Generic;
using System.Text;

namespace TypedFacts.Quiz
{
    /// <summary>Small text operations shared by the phrasing and the engine.</summary>
    internal static class QuizText
    {
        /// <summary>
        /// The form in which two options are compared: trimmed, runs of white space folded to one space, case
        /// ignored (through <see cref="StringComparer.OrdinalIgnoreCase"/>), typographic quotes and dashes folded.
        /// </summary>
        public static string Comparable(string text) => TypedFacts.Text.QuoteFolding.Fold(text);

        /// <summary>
        /// Words from an identifier: <c>launchSite</c> → <c>launch site</c>, <c>SoyuzMs18Landing</c> →
        /// <c>Soyuz Ms 18 Landing</c>, <c>agency-head</c> → <c>agency head</c>. The letters keep their case.
        /// </summary>
        public static IReadOnlyList<string> Words(string identifier)
        {
            var words = new List<string>();
            var word = new StringBuilder();
            for (var i = 0; i < identifier.Length; i++)
            {
                var c = identifier[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush();
                    continue;
                }

                if (word.Length > 0)
                {
                    var previous = word[word.Length - 1];
                    var boundary =
                        (char.IsUpper(c) && char.IsLower(previous)) ||
                        (char.IsDigit(c) != char.IsDigit(previous)) ||
                        (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < identifier.Length && char.IsLower(identifier[i + 1]));
                    if (boundary)
                    {
                        Flush();
                    }
                }

                word.Append(c);
            }

            Flush();
            return words;

            void Flush()
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
        }

        /// <summary>A name for display, from an id: <c>SoyuzMs18Landing</c> → <c>Soyuz Ms 18 Landing</c>.</summary>
        public static string Title(string identifier)
        {
            var words = Words(identifier);
            return words.Count == 0 ? identifier : string.Join(" ", words);
        }

        /// <summary>A phrase, from an identifier: <c>AgencyHead</c> → <c>Agency head</c> (sentence case; all-capital words such as <c>ISS</c> kept).</summary>
        public static string Sentence(string identifier)
        {
            var words = Words(identifier);
            if (words.Count == 0)
            {
                return identifier;
            }

            var parts = new string[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i];
                var acronym = w.Length > 1 && IsAllUpper(w);
                parts[i] = acronym ? w : i == 0 ? char.ToUpperInvariant(w[0]) + w.Substring(1).ToLowerInvariant() : w.ToLowerInvariant();
            }

            return string.Join(" ", parts);
        }

        /// <summary>A field's label, from its YAML name: <c>launchSite</c> → <c>launch site</c>.</summary>
        public static string Label(string yamlName)
        {
            var sentence = Sentence(yamlName);
            return sentence.Length > 1 && !IsAllUpper(Words(yamlName)[0]) ? char.ToLowerInvariant(sentence[0]) + sentence.Substring(1) : sentence;
        }

        /// <summary>A description made fit to sit in brackets or mid-sentence: trimmed, one final full stop removed.</summary>
        public static string Clause(string text)
        {
            var trimmed = text.Trim();
            return trimmed.EndsWith(".", StringComparison.Ordinal) && !trimmed.EndsWith("...", StringComparison.Ordinal)
                ? trimmed.Substring(0, trimmed.Length - 1)
                : trimmed;
        }

        /// <summary>
        /// Whether <paramref name="text"/> contains <paramref name="phrase"/> as whole words (compared as options are:
        /// <see cref="Comparable"/>, ignoring case): "Oleg Novitsky" is in "…with cosmonaut Oleg Novitsky", 2 is not in 2021.
        /// </summary>
        public static bool Mentions(string text, string phrase)
        {
            var haystack = Comparable(text);
            var needle = Comparable(phrase);
            if (needle.Length == 0)
            {
                return false;
            }

            for (var at = haystack.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + needle.Length;
                var startsWord = at == 0 || !char.IsLetterOrDigit(haystack[at - 1]) || !char.IsLetterOrDigit(needle[0]);
                var endsWord = end == haystack.Length || !char.IsLetterOrDigit(haystack[end]) || !char.IsLetterOrDigit(needle[needle.Length - 1]);
                if (startsWord && endsWord)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The text as a sentence: trimmed, with a full stop unless it already ends with one, or with <c>!</c> or <c>?</c>.</summary>
        public static string EndSentence(string text)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                return trimmed;
            }

            var last = trimmed[trimmed.Length - 1];
            return last == '.' || last == '!' || last == '?' ? trimmed : trimmed + ".";
        }

        private static bool IsAllUpper(string word)
        {
            foreach (var c in word)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

    }
}
