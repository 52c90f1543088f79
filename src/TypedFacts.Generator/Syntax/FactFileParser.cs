using System.Collections.Generic;
using System.Threading;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Syntax;

/// <summary>
/// Reads the structure of one fact file (SPEC 2) into <see cref="FactFileSyntax"/>: which
/// sections it has and what each declares. Every problem becomes a located diagnostic and
/// parsing goes on, so that one typo does not hide the rest of the file.
/// </summary>
public static class FactFileParser
{
    public static FactFileSyntax Parse(string path, string text, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var lines = new LineMap(text);
        var root = FactYamlReader.Read(text, path, lines, diagnostics, cancellationToken);
        if (root is null || root is FactScalar { IsNull: true })
        {
            // Unreadable (reported), or empty: an empty file simply generates nothing.
            return FactFileSyntax.Empty(path, text, diagnostics.ToEquatableArray());
        }

        if (root is not FactMapping mapping)
        {
            diagnostics.Add(FactDiagnostics.RootNotMapping(root.Span.In(path, lines), root.KindName));
            return FactFileSyntax.Empty(path, text, diagnostics.ToEquatableArray());
        }

        return new Sections(new SyntaxContext(path, lines, diagnostics, cancellationToken)).Parse(mapping, text, diagnostics);
    }

    /// <summary>The top-level sections of one file, collected as they are read.</summary>
    private sealed class Sections(SyntaxContext context)
    {
        private readonly List<SourceSyntax> _sources = [];
        private readonly List<EnumSyntax> _enums = [];
        private readonly List<KindSyntax> _kinds = [];
        private readonly List<ConstantSyntax> _constants = [];
        private FactScalar? _namespace;
        private FactScalar? _catalog;
        private string? _description;

        public FactFileSyntax Parse(FactMapping root, string text, List<DiagnosticInfo> diagnostics)
        {
            foreach (var pair in root.Entries)
            {
                var value = pair.Value;
                switch (pair.Key.Value)
                {
                    case FormatKeys.Version:
                        CheckVersion(value);
                        break;
                    case FormatKeys.Namespace:
                        _namespace = context.Scalar(value, "the namespace");
                        break;
                    case FormatKeys.Catalog:
                        _catalog = context.Scalar(value, "the catalog name");
                        break;
                    case FormatKeys.Description:
                        _description = context.Text(value, "the description");
                        break;
                    case FormatKeys.Sources:
                        context.ForEachEntry(value, "'sources'", ParseSource);
                        break;
                    case FormatKeys.Enums:
                        context.ForEachEntry(value, "'enums'", ParseEnum);
                        break;
                    case FormatKeys.Records:
                        context.ForEachEntry(value, "'records'", ParseKind);
                        break;
                    case FormatKeys.Constants:
                        context.ForEachEntry(value, "'constants'", ParseConstant);
                        break;
                    default:
                        context.UnknownKey(pair.Key, "the top level of a fact file", FormatKeys.TopLevel);
                        break;
                }
            }

            return new FactFileSyntax(context.Path, text, _namespace, _catalog, _description, _sources, _enums, _kinds, _constants, diagnostics.ToEquatableArray(), context.Lines);
        }

        private void CheckVersion(FactNode value)
        {
            if (value is FactScalar { IsPlain: true } plain && System.Array.IndexOf(FormatKeys.Versions, plain.Value) >= 0)
            {
                return;
            }

            if (!value.IsPoisoned)
            {
                var scalar = value as FactScalar;
                context.Report(FactDiagnostics.UnsupportedVersion(context.At(value), scalar?.Value, scalar is { IsPlain: false }, value.KindName));
            }
        }

        private void ParseSource(FactScalar id, FactNode node)
        {
            if (context.Mapping(node, $"the source '{id.Value}'") is not { } mapping)
            {
                return;
            }

            FactScalar? title = null, file = null, published = null, url = null;
            foreach (var pair in mapping.Entries)
            {
                switch (pair.Key.Value)
                {
                    case "title":
                        title = context.Scalar(pair.Value, "a source's title");
                        break;
                    case "file":
                        file = context.Scalar(pair.Value, "a source's file");
                        break;
                    case "published":
                        published = context.Scalar(pair.Value, "a source's publication date");
                        break;
                    case "url":
                        url = context.Scalar(pair.Value, "a source's url");
                        break;
                    default:
                        context.UnknownKey(pair.Key, "a source", FormatKeys.Source);
                        break;
                }
            }

            _sources.Add(new SourceSyntax(id, title, file, published, url));
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
                            description = context.Text(pair.Value, "an enum's description");
                            break;
                        case "members":
                            membersNode = pair.Value;
                            break;
                        default:
                            context.UnknownKey(pair.Key, $"the enum '{name.Value}'", FormatKeys.Enum);
                            break;
                    }
                }

                if (membersNode is null)
                {
                    context.Report(FactDiagnostics.EnumWithoutMembers(context.At(name), name.Value));
                    return;
                }
            }

            var members = new List<EnumMemberSyntax>();
            switch (membersNode)
            {
                case FactSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        if (item is FactMapping { Entries.Count: 1 } single)
                        {
                            members.Add(new EnumMemberSyntax(single.Entries[0].Key, context.Text(single.Entries[0].Value, "an enum member's description")));
                        }
                        else if (context.Scalar(item, "an enum member") is { } member)
                        {
                            members.Add(new EnumMemberSyntax(member, null));
                        }
                    }

                    break;
                case FactMapping memberMap:
                    foreach (var pair in memberMap.Entries)
                    {
                        members.Add(new EnumMemberSyntax(pair.Key, context.Text(pair.Value, "an enum member's description")));
                    }

                    break;
                default:
                    context.WrongKind(membersNode, "a sequence of member names", $"the members of the enum '{name.Value}'");
                    return;
            }

            if (members.Count == 0)
            {
                context.Report(FactDiagnostics.EmptyEnum(context.At(membersNode), name.Value));
                return;
            }

            _enums.Add(new EnumSyntax(name, description, members));
        }

        private void ParseKind(FactScalar name, FactNode node)
        {
            if (KindParser.Parse(context, name, node) is { } kind)
            {
                _kinds.Add(kind);
            }
        }

        private void ParseConstant(FactScalar name, FactNode node)
        {
            if (node is not FactMapping mapping)
            {
                context.CheckNoReservedKeys(node);
                _constants.Add(new ConstantSyntax(name, node, null, null, null));
                return;
            }

            if (mapping["value"] is not { } value)
            {
                context.Report(FactDiagnostics.ConstantWithoutValue(context.At(node), name.Value));
                return;
            }

            FactScalar? type = null;
            string? description = null;
            IReadOnlyList<EvidenceSyntax>? evidence = null;
            foreach (var pair in mapping.Entries)
            {
                switch (pair.Key.Value)
                {
                    case "value":
                        context.CheckNoReservedKeys(pair.Value);
                        break;
                    case "type":
                        type = context.Scalar(pair.Value, "a constant's type");
                        break;
                    case "description":
                        description = context.Text(pair.Value, "a constant's description");
                        break;
                    case FormatKeys.Evidence:
                        evidence = EvidenceParser.Parse(context, pair.Value);
                        break;
                    default:
                        if (SyntaxContext.IsReserved(pair.Key))
                        {
                            context.UnknownReservedKey(pair.Key, inInlineValue: false);
                        }
                        else
                        {
                            context.UnknownKey(pair.Key, $"the constant '{name.Value}'", FormatKeys.Constant);
                        }

                        break;
                }
            }

            _constants.Add(new ConstantSyntax(name, value, type, description, evidence));
        }
    }
}
