using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Provenance;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Binds the evidence of an entry or constant (SPEC 2.4): each item's source must be a source of
/// the namespace and its fields fields of the kind; each quote of a source with a file is
/// queued for the quote check. With <c>TypedFactsRequireEvidence</c>, a fact without evidence
/// is a warning.
/// </summary>
internal sealed class EvidenceBinder(BindContext context, NamespaceScope scope)
{
    private List<string>? _sourceIds;

    /// <param name="kind">The kind of the entry; null for a constant.</param>
    /// <param name="owner">The entry's id or the constant's name, where a missing $evidence is reported.</param>
    /// <param name="ownerDescription">"The Person entry", "The constant".</param>
    public EquatableArray<EvidenceSpec> Bind(FactFileSyntax file, IReadOnlyList<EvidenceSyntax>? items, KindSymbol? kind, FactScalar owner, string ownerDescription)
    {
        if (items is null)
        {
            if (context.Options.RequireEvidence)
            {
                context.Report(owner, FactDiagnostics.MissingEvidence(file.At(owner), ownerDescription, owner.Value));
            }

            return EquatableArray<EvidenceSpec>.Empty;
        }

        var bound = new List<EvidenceSpec>(items.Count);
        foreach (var item in items)
        {
            if (BindItem(file, item, kind) is { } evidence)
            {
                bound.Add(evidence);
            }
        }

        return bound.ToEquatableArray();
    }

    private EvidenceSpec? BindItem(FactFileSyntax file, EvidenceSyntax item, KindSymbol? kind)
    {
        if (!scope.SourcesById.TryGetValue(item.Source.Value, out var source))
        {
            context.Report(item.Source, FactDiagnostics.UnknownSource(file.At(item.Source), item.Source.Value, SourceIds()));
            return null;
        }

        var fields = new List<string>(item.Fields.Count);
        foreach (var field in item.Fields)
        {
            if (kind is null || !kind.IsKnownField(field.Value))
            {
                context.Report(field, FactDiagnostics.UnknownEvidenceField(file.At(field), field.Value, kind?.YamlName, kind?.KnownFieldNames ?? []));
            }
            else
            {
                fields.Add(field.Value);
            }
        }

        if (source.FullPath is { } path)
        {
            context.Quotes.Add(new QuoteCheck(source.Id, path, item.Quote.Value, file.At(item.Quote)));
        }

        return new EvidenceSpec(source.Id, item.Quote.Value, fields.ToEquatableArray(), item.Note);
    }

    private List<string> SourceIds()
    {
        if (_sourceIds is null)
        {
            _sourceIds = new List<string>(scope.Sources.Count);
            foreach (var source in scope.Sources)
            {
                _sourceIds.Add(source.Id);
            }
        }

        return _sourceIds;
    }
}
