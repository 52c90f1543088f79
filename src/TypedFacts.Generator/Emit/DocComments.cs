using System.Linq;
using System.Text;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

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

/// <summary>
/// The XML doc comments of generated members (SPEC 3.2): each shows its data, an entry's values
/// and the quotes behind them, so the facts appear in IntelliSense. All text goes through
/// <see cref="DocText"/>.
/// </summary>
internal static class DocComments
{
    public static void Summary(SourceWriter w, string text) => w.Line("/// <summary>" + DocText.Escape(text) + "</summary>");

    /// <summary><c>YuliaPeresild</c>: Name = Yulia Peresild; Age = 37, then the evidence.</summary>
    public static void Entry(SourceWriter w, KindSpec kind, EntrySpec entry)
    {
        w.StartLine().Append("/// <summary><c>").Append(DocText.Escape(entry.Id)).Append("</c>");
        for (var f = 0; f < kind.Fields.Count; f++)
        {
            w.Append(f == 0 ? ": " : "; ");
            w.Append(kind.Fields[f].PropertyName).Append(" = ").Append(DocText.Escape(DocText.Truncate(Display(entry.Values[f]))));
        }

        w.Append(".</summary>").EndLine();
        Evidence(w, entry.Evidence);
    }

    public static void Constant(SourceWriter w, ConstantSpec constant)
    {
        var summary = (constant.Description is null ? string.Empty : Sentence(constant.Description) + " ") + "Value: " + Display(constant.Value) + ".";
        w.Line("/// <summary>" + DocText.Escape(DocText.Truncate(summary)) + "</summary>");
        Evidence(w, constant.Evidence);
    }

    /// <summary>A description as a sentence, so that what follows it reads apart: a final period is added when it has no final punctuation.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[trimmed.Length - 1] is '.' or '!' or '?' or ':' or ';' ? trimmed : trimmed + ".";
    }

    /// <summary>The evidence list; a claim shows the value its source gives instead, and the disputed values come first.</summary>
    private static void Evidence(SourceWriter w, EquatableArray<EvidenceSpec> evidence)
    {
        if (evidence.Count == 0)
        {
            return;
        }

        w.Line("/// <remarks>");
        // One line per distinct variant, as ClaimsFor gives them: "name Yulia Peresilde (Tweet, Undated)".
        var disputes = new System.Collections.Generic.List<string>();
        var sources = new System.Collections.Generic.List<System.Collections.Generic.List<string>>();
        foreach (var item in evidence)
        {
            if (item.Claim is { } claim)
            {
                var variant = (item.Fields.Count > 0 ? item.Fields[0] + " " : string.Empty) + Display(claim);
                var index = disputes.IndexOf(variant);
                if (index < 0)
                {
                    disputes.Add(variant);
                    sources.Add([item.SourceId]);
                }
                else if (!sources[index].Contains(item.SourceId))
                {
                    sources[index].Add(item.SourceId);
                }
            }
        }

        for (var i = 0; i < disputes.Count; i++)
        {
            disputes[i] += " (" + string.Join(", ", sources[i]) + ")";
        }

        if (disputes.Count > 0)
        {
            w.Line("/// Disputed: " + DocText.Escape(DocText.Truncate(string.Join("; ", disputes), 600)) + ".");
        }

        w.Line("/// Evidence:");
        w.Line("/// <list type=\"bullet\">");
        foreach (var item in evidence)
        {
            var text = item.SourceId + ": \u201C" + item.Quote + "\u201D";
            if (item.Claim is { } claim)
            {
                text += " (" + (item.Fields.Count > 0 ? item.Fields[0] + " = " : "gives ") + Display(claim) + ", not adopted)";
            }
            else if (item.Fields.Count > 0)
            {
                text += " (" + string.Join(", ", item.Fields) + ")";
            }

            if (item.Note is not null)
            {
                text += " \u2014 " + item.Note;
            }

            w.Line("/// <item><description>" + DocText.Escape(DocText.Truncate(text, 600)) + "</description></item>");
        }

        w.Line("/// </list>");
        w.Line("/// </remarks>");
    }

    /// <summary>A value as the docs show it: as written in the fact file.</summary>
    public static string Display(Value value) => value switch
    {
        NullValue => "null",
        ListValue list => "[" + string.Join(", ", list.Items.Select(Display)) + "]",
        ObjectValue inline => "{" + string.Join(", ", inline.Fields.Select(Display)) + "}",
        ScalarValue scalar => scalar.Text,
        EnumValue member => member.Member,
        ReferenceValue reference => reference.Id,
        _ => string.Empty,
    };
}
