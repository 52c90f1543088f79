using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Syntax;

/// <summary>
/// Reads a record kind (SPEC 2.1): its description, its declared <c>fields</c> (a type, or a
/// mapping with a type and a description) and its <c>entries</c>, each with its values and
/// its <c>$evidence</c>.
/// </summary>
internal static class KindParser
{
    public static KindSyntax? Parse(SyntaxContext context, FactScalar name, FactNode node)
    {
        if (context.Mapping(node, $"the record kind '{name.Value}'") is not { } mapping)
        {
            return null;
        }

        string? description = null;
        IReadOnlyList<FieldSyntax>? fields = null;
        IReadOnlyList<EntrySyntax>? entries = null;
        foreach (var pair in mapping.Entries)
        {
            switch (pair.Key.Value)
            {
                case "description":
                    description = context.Text(pair.Value, "a kind's description");
                    break;
                case "fields":
                    fields = ParseFields(context, name, pair.Value);
                    break;
                case "entries":
                    entries = ParseEntries(context, name, pair.Value);
                    break;
                default:
                    context.UnknownKey(pair.Key, $"the record kind '{name.Value}'", FormatKeys.Kind);
                    break;
            }
        }

        if (fields is null && entries is null)
        {
            context.Report(FactDiagnostics.EmptyKind(context.At(name), name.Value));
            return null;
        }

        return new KindSyntax(name, description, fields, entries);
    }

    private static List<FieldSyntax>? ParseFields(SyntaxContext context, FactScalar kind, FactNode node)
    {
        if (context.Mapping(node, $"the fields of '{kind.Value}'") is not { } mapping)
        {
            return null;
        }

        var fields = new List<FieldSyntax>(mapping.Entries.Count);
        foreach (var pair in mapping.Entries)
        {
            if (pair.Value is not FactMapping spec)
            {
                fields.Add(new FieldSyntax(pair.Key, context.Scalar(pair.Value, $"the type of the field '{pair.Key.Value}'"), null));
                continue;
            }

            FactScalar? type = null;
            string? description = null;
            foreach (var specPair in spec.Entries)
            {
                switch (specPair.Key.Value)
                {
                    case "type":
                        type = context.Scalar(specPair.Value, "a field's type");
                        break;
                    case "description":
                        description = context.Text(specPair.Value, "a field's description");
                        break;
                    default:
                        context.UnknownKey(specPair.Key, $"the field '{pair.Key.Value}'", FormatKeys.Field);
                        break;
                }
            }

            if (type is null && spec["type"] is null)
            {
                // The field stays known without a type, so entries that use it are not
                // reported again as having an unknown field.
                context.Report(FactDiagnostics.FieldWithoutType(context.At(pair.Key), pair.Key.Value));
            }

            fields.Add(new FieldSyntax(pair.Key, type, description));
        }

        return fields;
    }

    private static List<EntrySyntax>? ParseEntries(SyntaxContext context, FactScalar kind, FactNode node)
    {
        if (node is FactScalar { IsNull: true })
        {
            return [];
        }

        if (context.Mapping(node, $"the entries of '{kind.Value}'") is not { } mapping)
        {
            return null;
        }

        var entries = new List<EntrySyntax>(mapping.Entries.Count);
        foreach (var pair in mapping.Entries)
        {
            if ((entries.Count & 0xFF) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            if (pair.Value is FactScalar { IsNull: true })
            {
                entries.Add(new EntrySyntax(pair.Key, default, null));
            }
            else if (pair.Value is FactMapping values)
            {
                entries.Add(ParseEntry(context, pair.Key, values));
            }
            else
            {
                context.WrongKind(pair.Value, "a mapping", $"the entry '{pair.Key.Value}'");
            }
        }

        return entries;
    }

    private static EntrySyntax ParseEntry(SyntaxContext context, FactScalar id, FactMapping mapping)
    {
        if (mapping.IsFlat)
        {
            // Scalars under field names only: nothing to check, and no evidence. The pairs stay
            // flat until binding reads them.
            return new EntrySyntax(id, mapping.Entries, null);
        }

        IReadOnlyList<EvidenceSyntax>? evidence = null;
        var values = new List<KeyValuePair<FactScalar, FactNode>>(mapping.Entries.Count);
        foreach (var pair in mapping.Entries)
        {
            if (!SyntaxContext.IsReserved(pair.Key))
            {
                context.CheckNoReservedKeys(pair.Value);
                values.Add(pair);
            }
            else if (pair.Key.Value == FormatKeys.Evidence)
            {
                evidence = EvidenceParser.Parse(context, pair.Value);
            }
            else
            {
                context.UnknownReservedKey(pair.Key, inInlineValue: false);
            }
        }

        return new EntrySyntax(id, new FactPairs(values), evidence);
    }
}
