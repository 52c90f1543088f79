using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// The XML doc comments of generated members (SPEC 3.2): each shows its data, an entry's values
/// and the quotes behind them, so the facts appear in IntelliSense. All text goes through
/// <see cref="DocText"/>.
/// </summary>
internal static class DocComments
{
    public static void Summary(SourceWriter w, string text) => w.Line("/// <summary>" + DocText.Escape(text) + "</summary>");

    /// <summary><c>YuliaPeresild</c>: Name = Yulia Peresild; Age = 37, then the evidence.</summary>
    public static void Entry(SourceWriter w, EntrySpec entry)
    {
        w.StartLine().Append("/// <summary><c>").Append(DocText.Escape(entry.Id)).Append("</c>").Append(entry.Summary).Append(".</summary>").EndLine();
        Evidence(w, entry.Evidence);
    }

    public static void Constant(SourceWriter w, ConstantSpec constant)
    {
        var summary = (constant.Description is null ? string.Empty : Sentence(constant.Description) + " ") + "Value: " + EntryText.Display(constant.Value) + ".";
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
                var variant = (item.Fields.Count > 0 ? item.Fields[0] + " " : string.Empty) + EntryText.Display(claim);
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
                text += " (" + (item.Fields.Count > 0 ? item.Fields[0] + " = " : "gives ") + EntryText.Display(claim) + ", not adopted)";
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
}
