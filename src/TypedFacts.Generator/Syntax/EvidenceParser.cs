using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Syntax;

/// <summary>
/// Reads a <c>$evidence</c> list (SPEC 2.4): each item in the short form <c>SourceId: "quote"</c>
/// or the long form <c>{source, quote, fields, note, value}</c> (with <c>value:</c>, a claim).
/// Whether the source and the fields exist, and whether a claim's value fits its field, is
/// checked by binding, which knows the namespace's sources and the kind's fields.
/// </summary>
internal static class EvidenceParser
{
    /// <returns>The items that are well formed; null when there are none at all (null, or <c>[]</c>): no evidence.</returns>
    public static IReadOnlyList<EvidenceSyntax>? Parse(SyntaxContext context, FactNode node)
    {
        if (node is FactScalar { IsNull: true } or FactSequence { Items.Count: 0 })
        {
            return null;
        }

        if (node is not FactSequence sequence)
        {
            context.WrongKind(node, "a sequence of evidence items", "'$evidence'");
            return [];
        }

        var items = new List<EvidenceSyntax>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (ParseItem(context, item) is { } evidence)
            {
                items.Add(evidence);
            }
        }

        return items;
    }

    private static EvidenceSyntax? ParseItem(SyntaxContext context, FactNode item)
    {
        if (item is not FactMapping mapping || mapping.Entries.Count == 0)
        {
            if (!item.IsPoisoned)
            {
                context.Report(FactDiagnostics.EvidenceItemNotAMapping(context.At(item), item.KindName));
            }

            return null;
        }

        FactNode? sourceNode;
        FactNode? quoteNode;
        IReadOnlyList<FactScalar> fields = [];
        FactNode? fieldsNode = null;
        FactNode? claim = null;
        string? note = null;
        if (mapping["source"] is not null || mapping["quote"] is not null)
        {
            sourceNode = mapping["source"];
            quoteNode = mapping["quote"];
            foreach (var pair in mapping.Entries)
            {
                switch (pair.Key.Value)
                {
                    case "source" or "quote":
                        break;
                    case "fields":
                        fieldsNode = pair.Value;
                        fields = ParseFields(context, pair.Value);
                        break;
                    case "note":
                        note = context.Text(pair.Value, "the 'note' of an evidence item");
                        break;
                    case "value":
                        context.CheckNoReservedKeys(pair.Value);
                        claim = pair.Value;
                        break;
                    default:
                        context.UnknownKey(pair.Key, "an evidence item", FormatKeys.EvidenceItem);
                        break;
                }
            }

            if (sourceNode is not FactScalar { IsNull: false } || quoteNode is null)
            {
                context.Report(FactDiagnostics.EvidenceLongFormIncomplete(context.At(item)));
                return null;
            }
        }
        else if (mapping.Entries.Count == 1)
        {
            sourceNode = mapping.Entries[0].Key;
            quoteNode = mapping.Entries[0].Value;
        }
        else
        {
            context.Report(FactDiagnostics.EvidenceShortFormTooLong(context.At(item)));
            return null;
        }

        var source = (FactScalar)sourceNode;
        if (quoteNode is not FactScalar quote || quote.IsNull || quote.Value.Trim().Length == 0)
        {
            if (quoteNode is FactScalar)
            {
                context.Report(FactDiagnostics.EmptyQuote(context.At(quoteNode), source.Value));
            }
            else if (!quoteNode.IsPoisoned)
            {
                context.Report(FactDiagnostics.QuoteNotText(context.At(quoteNode), quoteNode.KindName));
            }

            return null;
        }

        return new EvidenceSyntax(item, source, quote, fields, fieldsNode, note, claim);
    }

    private static IReadOnlyList<FactScalar> ParseFields(SyntaxContext context, FactNode node)
    {
        if (node is FactScalar { IsNull: true })
        {
            return [];
        }

        if (node is not FactSequence sequence)
        {
            context.WrongKind(node, "a sequence of field names", "the 'fields' of an evidence item");
            return [];
        }

        var fields = new List<FactScalar>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (item is FactScalar { IsNull: false } name && !item.IsPoisoned)
            {
                fields.Add(name);
            }
            else
            {
                context.WrongKind(item, "a field name", "the 'fields' of an evidence item");
            }
        }

        return fields;
    }
}
