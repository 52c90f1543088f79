using System.Collections.Generic;
using System.Threading;
using TypedFacts.Generator.Binding;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Parsing;

/// <summary>
/// Reads the structure of one fact file (SPEC 2): which sections it has and what each holds.
/// Every problem becomes a located diagnostic and parsing goes on, so that one typo does not
/// hide the rest of the file.
/// </summary>
public sealed class FactFileParser
{
    private static readonly string[] s_topLevelKeys = ["typedfacts", "namespace", "catalog", "description", "sources", "enums", "records", "constants"];
    private static readonly string[] s_kindKeys = ["description", "fields", "entries"];
    private static readonly string[] s_fieldKeys = ["type", "description"];
    private static readonly string[] s_sourceKeys = ["file", "published", "title", "url"];
    private static readonly string[] s_enumKeys = ["description", "members"];
    private static readonly string[] s_constantKeys = ["value", "type", "description", "$evidence"];

    private readonly FactDocument _document;
    private readonly CancellationToken _cancellationToken;

    private FactFileParser(FactDocument document, CancellationToken cancellationToken)
    {
        _document = document;
        _cancellationToken = cancellationToken;
    }

    private string FilePath => _document.FilePath;

    public static FactDocument Parse(string filePath, string text, CancellationToken cancellationToken)
    {
        var document = new FactDocument(filePath, text);
        var root = FactYamlReader.Read(text, filePath, document.Diagnostics, cancellationToken);
        if (root is null)
        {
            return document;
        }

        if (root is FactScalar { IsNull: true })
        {
            return document; // an empty file simply generates nothing
        }

        if (root is not FactMapping mapping)
        {
            document.Diagnostics.Add(DiagnosticInfo.Create(FactDiagnostics.RootNotMapping, root.Span.In(filePath), root.KindName));
            return document;
        }

        new FactFileParser(document, cancellationToken).ParseRoot(mapping);
        return document;
    }

    private void ParseRoot(FactMapping root)
    {
        foreach (var pair in root.Entries)
        {
            var key = pair.Key;
            var value = pair.Value;
            switch (key.Value)
            {
                case "typedfacts":
                    if (value is not FactScalar { IsPlain: true, Value: "1" })
                    {
                        var found = value is FactScalar { IsPlain: false } quoted ? $"\"{quoted.Value}\"' (quoted: write the number 1 without quotes)" : value is FactScalar s ? s.Value + "'" : value.KindName + "'";
                        Report(FactDiagnostics.UnsupportedVersion, value, found);
                    }

                    break;
                case "namespace":
                    if (Scalar(value, "the namespace") is { } ns)
                    {
                        _document.Namespace = ns;
                    }

                    break;
                case "catalog":
                    if (Scalar(value, "the catalog name") is { } catalog)
                    {
                        _document.Catalog = catalog.Value;
                        _document.CatalogNode = catalog;
                    }

                    break;
                case "description":
                    _document.Description = Text(value, "the description");
                    break;
                case "sources":
                    ForEachEntry(value, "'sources'", ParseSource);
                    break;
                case "enums":
                    ForEachEntry(value, "'enums'", ParseEnum);
                    break;
                case "records":
                    ForEachEntry(value, "'records'", ParseKind);
                    break;
                case "constants":
                    ForEachEntry(value, "'constants'", ParseConstant);
                    break;
                default:
                    UnknownKey(key, "the top level of a fact file", s_topLevelKeys);
                    break;
            }
        }
    }

    private void ParseSource(FactScalar id, FactNode node)
    {
        if (Mapping(node, $"the source '{id.Value}'") is not { } mapping)
        {
            return;
        }

        FactScalar? title = null, file = null, published = null, url = null;
        foreach (var pair in mapping.Entries)
        {
            switch (pair.Key.Value)
            {
                case "title":
                    title = Scalar(pair.Value, "a source's title");
                    break;
                case "file":
                    file = Scalar(pair.Value, "a source's file");
                    break;
                case "published":
                    published = Scalar(pair.Value, "a source's publication date");
                    break;
                case "url":
                    url = Scalar(pair.Value, "a source's url");
                    break;
                default:
                    UnknownKey(pair.Key, "a source", s_sourceKeys);
                    break;
            }
        }

        _document.Sources.Add(new SourceDecl(id, mapping, title, file, published, url));
    }

    private void ParseEnum(FactScalar name, FactNode node)
    {
        string? description = null;
        FactNode? membersNode = node;
        if (node is FactMapping mapping)
        {
            membersNode = null;
            foreach (var pair in mapping.Entries)
            {
                switch (pair.Key.Value)
                {
                    case "description":
                        description = Text(pair.Value, "an enum's description");
                        break;
                    case "members":
                        membersNode = pair.Value;
                        break;
                    default:
                        UnknownKey(pair.Key, $"the enum '{name.Value}'", s_enumKeys);
                        break;
                }
            }

            if (membersNode is null)
            {
                Report(FactDiagnostics.EmptySection, name, $"The enum '{name.Value}'", "list its members under 'members'");
                return;
            }
        }

        var members = new List<EnumMemberDecl>();
        switch (membersNode)
        {
            case FactSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is FactMapping { Entries.Count: 1 } single)
                    {
                        members.Add(new EnumMemberDecl(single.Entries[0].Key, Text(single.Entries[0].Value, "an enum member's description")));
                    }
                    else if (Scalar(item, "an enum member") is { } member)
                    {
                        members.Add(new EnumMemberDecl(member, null));
                    }
                }

                break;
            case FactMapping memberMap:
                foreach (var pair in memberMap.Entries)
                {
                    members.Add(new EnumMemberDecl(pair.Key, Text(pair.Value, "an enum member's description")));
                }

                break;
            default:
                WrongKind(membersNode, "a sequence of member names", $"the members of the enum '{name.Value}'");
                return;
        }

        if (members.Count == 0)
        {
            Report(FactDiagnostics.EmptySection, membersNode, $"The enum '{name.Value}'", "an enum needs at least one member");
            return;
        }

        _document.Enums.Add(new EnumDecl(name, description, members, node));
    }

    private void ParseKind(FactScalar name, FactNode node)
    {
        if (Mapping(node, $"the record kind '{name.Value}'") is not { } mapping)
        {
            return;
        }

        string? description = null;
        List<FieldDecl>? fields = null;
        List<EntryDecl>? entries = null;
        foreach (var pair in mapping.Entries)
        {
            switch (pair.Key.Value)
            {
                case "description":
                    description = Text(pair.Value, "a kind's description");
                    break;
                case "fields":
                    fields = ParseFields(name, pair.Value);
                    break;
                case "entries":
                    entries = ParseEntries(name, pair.Value);
                    break;
                default:
                    UnknownKey(pair.Key, $"the record kind '{name.Value}'", s_kindKeys);
                    break;
            }
        }

        if (fields is null && entries is null)
        {
            Report(FactDiagnostics.EmptySection, name, $"The record kind '{name.Value}'", "give it 'entries' (an entity kind) or 'fields' (a value kind written inline)");
            return;
        }

        _document.Kinds.Add(new KindDecl(name, mapping, description, fields, entries));
    }

    private List<FieldDecl>? ParseFields(FactScalar kind, FactNode node)
    {
        if (Mapping(node, $"the fields of '{kind.Value}'") is not { } mapping)
        {
            return null;
        }

        var fields = new List<FieldDecl>(mapping.Entries.Count);
        foreach (var pair in mapping.Entries)
        {
            if (pair.Value is FactMapping spec)
            {
                FactScalar? type = null;
                string? description = null;
                foreach (var specPair in spec.Entries)
                {
                    switch (specPair.Key.Value)
                    {
                        case "type":
                            type = Scalar(specPair.Value, "a field's type");
                            break;
                        case "description":
                            description = Text(specPair.Value, "a field's description");
                            break;
                        default:
                            UnknownKey(specPair.Key, $"the field '{pair.Key.Value}'", s_fieldKeys);
                            break;
                    }
                }

                if (type is null)
                {
                    // Reported here; the field stays known, so entries that use it are not
                    // reported again as having an unknown field.
                    Report(FactDiagnostics.EmptySection, pair.Key, $"The field '{pair.Key.Value}'", "give it a 'type'");
                    type = new FactScalar(pair.Key.Span, string.Empty, isPlain: false) { IsPoisoned = true };
                }

                fields.Add(new FieldDecl(pair.Key, type, description));
            }
            else
            {
                var type = Scalar(pair.Value, $"the type of the field '{pair.Key.Value}'") ?? new FactScalar(pair.Value.Span, string.Empty, isPlain: false) { IsPoisoned = true };
                fields.Add(new FieldDecl(pair.Key, type, null));
            }
        }

        return fields;
    }

    private List<EntryDecl>? ParseEntries(FactScalar kind, FactNode node)
    {
        if (node is FactScalar { IsNull: true })
        {
            return [];
        }

        if (Mapping(node, $"the entries of '{kind.Value}'") is not { } mapping)
        {
            return null;
        }

        var entries = new List<EntryDecl>(mapping.Entries.Count);
        foreach (var pair in mapping.Entries)
        {
            if ((entries.Count & 0xFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            if (pair.Value is FactScalar { IsNull: true })
            {
                entries.Add(new EntryDecl(pair.Key, new FactMapping(pair.Value.Span), null));
                continue;
            }

            if (pair.Value is not FactMapping values)
            {
                WrongKind(pair.Value, "a mapping", $"the entry '{pair.Key.Value}'");
                continue;
            }

            FactNode? evidence = null;
            foreach (var field in values.Entries)
            {
                if (field.Key.Value.StartsWith("$", System.StringComparison.Ordinal))
                {
                    if (field.Key.Value == "$evidence")
                    {
                        evidence = field.Value;
                    }
                    else
                    {
                        Report(FactDiagnostics.UnknownReservedKey, field.Key, field.Key.Value, Identifiers.DidYouMean(field.Key.Value, ["$evidence"]));
                    }
                }
            }

            entries.Add(new EntryDecl(pair.Key, values, evidence));
        }

        return entries;
    }

    private void ParseConstant(FactScalar name, FactNode node)
    {
        if (node is FactMapping mapping && mapping["value"] is { } value)
        {
            FactScalar? type = null;
            string? description = null;
            FactNode? evidence = null;
            foreach (var pair in mapping.Entries)
            {
                switch (pair.Key.Value)
                {
                    case "value":
                        break;
                    case "type":
                        type = Scalar(pair.Value, "a constant's type");
                        break;
                    case "description":
                        description = Text(pair.Value, "a constant's description");
                        break;
                    case "$evidence":
                        evidence = pair.Value;
                        break;
                    default:
                        if (pair.Key.Value.StartsWith("$", System.StringComparison.Ordinal))
                        {
                            Report(FactDiagnostics.UnknownReservedKey, pair.Key, pair.Key.Value, Identifiers.DidYouMean(pair.Key.Value, ["$evidence"]));
                        }
                        else
                        {
                            UnknownKey(pair.Key, $"the constant '{name.Value}'", s_constantKeys);
                        }

                        break;
                }
            }

            _document.Constants.Add(new ConstantDecl(name, value, type, description, evidence));
        }
        else if (node is FactMapping)
        {
            Report(FactDiagnostics.EmptySection, node, $"The constant '{name.Value}'", "write its value directly, or as {value: ..., type: ..., $evidence: [...]}");
        }
        else
        {
            _document.Constants.Add(new ConstantDecl(name, node, null, null, null));
        }
    }

    private void ForEachEntry(FactNode node, string what, System.Action<FactScalar, FactNode> parse)
    {
        if (node is FactScalar { IsNull: true })
        {
            return;
        }

        if (Mapping(node, what) is not { } mapping)
        {
            return;
        }

        foreach (var pair in mapping.Entries)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            parse(pair.Key, pair.Value);
        }
    }

    private FactMapping? Mapping(FactNode node, string what)
    {
        if (node is FactMapping mapping)
        {
            return mapping;
        }

        WrongKind(node, "a mapping", what);
        return null;
    }

    private FactScalar? Scalar(FactNode node, string what)
    {
        if (node is FactScalar { IsNull: false } scalar)
        {
            return node.IsPoisoned ? null : scalar;
        }

        WrongKind(node, "a single value", what);
        return null;
    }

    private string? Text(FactNode node, string what) => node is FactScalar { IsNull: true } ? null : Scalar(node, what)?.Value;

    private void WrongKind(FactNode node, string expected, string what)
    {
        if (!node.IsPoisoned)
        {
            Report(FactDiagnostics.WrongNodeKind, node, expected, what, node.KindName);
        }
    }

    private void UnknownKey(FactScalar key, string where, string[] valid)
    {
        if (!key.IsPoisoned)
        {
            Report(FactDiagnostics.UnknownKey, key, key.Value, where, Identifiers.List(valid), Identifiers.DidYouMean(key.Value, valid));
        }
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, FactNode node, params string[] arguments)
        => _document.Diagnostics.Add(DiagnosticInfo.Create(descriptor, node.Span.In(FilePath), arguments));
}
