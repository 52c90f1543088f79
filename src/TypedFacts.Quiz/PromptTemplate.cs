using System;
using System.Text;

namespace TypedFacts.Quiz
{
    /// <summary>Fills the placeholders of a <see cref="QuizPhrasing"/> template.</summary>
    internal static class PromptTemplate
    {
        /// <summary>
        /// The template with each <c>{name}</c> replaced by <paramref name="lookup"/>'s text; null when a placeholder it
        /// knows has no value (the caller then falls back to a generic template). A placeholder it does not know is kept.
        /// </summary>
        /// <param name="template">The template.</param>
        /// <param name="lookup">The text of a placeholder; null for "known, but no value"; <see cref="Unknown"/> for "not a placeholder".</param>
        public static string? Fill(string template, Func<string, string?> lookup)
        {
            var builder = new StringBuilder(template.Length + 32);
            var i = 0;
            while (i < template.Length)
            {
                var open = template.IndexOf('{', i);
                var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
                if (open < 0 || close < 0)
                {
                    builder.Append(template, i, template.Length - i);
                    break;
                }

                builder.Append(template, i, open - i);
                var name = template.Substring(open + 1, close - open - 1);
                var value = lookup(name);
                if (ReferenceEquals(value, Unknown))
                {
                    builder.Append(template, open, close - open + 1);
                }
                else if (value is null)
                {
                    return null;
                }
                else
                {
                    builder.Append(value);
                }

                i = close + 1;
            }

            return builder.ToString();
        }

        /// <summary>What a lookup returns for a name that is not a placeholder.</summary>
        public static readonly string Unknown = new string('?', 1);
    }
}
