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
/// queued for the quote check. A claim's <c>value:</c> (1.1) is bound like the value of the one
/// field it names, and must differ from the adopted value. With <c>TypedFactsRequireEvidence</c>,
/// a fact without evidence is a warning.
/// </summary>
internal sealed class EvidenceBinder(BindContext context, NamespaceScope scope, ValueBinder values)
{
    private List<string>? _sourceIds;

    /// <param name="kind">The kind of the entry; null for a constant.</param>
    /// <param name="owner">The entry's id or the constant's name, where a missing $evidence is reported.</param>
    /// <param name="ownerDescription">"The Person entry", "The constant".</param>
    /// <param name="claimTarget">What a claim naming a field (for a constant: none, "") must be, and is compared with; null when it cannot be bound (reported elsewhere).</param>
    public EquatableArray<EvidenceSpec> Bind(FactFileSyntax file, IReadOnlyList<EvidenceSyntax>? items, KindSymbol? kind, FactScalar owner, string ownerDescription, System.Func<string, ClaimTarget?> claimTarget)
    {
        if (items is null)
        {
            if (context.Options.RequireEvidence != EvidenceRequirement.None)
            {
                context.Report(owner, FactDiagnostics.MissingEvidence(file.At(owner), ownerDescription, owner.Value, context.Options.RequireEvidence == EvidenceRequirement.Fields ? "fields" : "true"));
            }

            return EquatableArray<EvidenceSpec>.Empty;
        }

        var bound = new List<EvidenceSpec>(items.Count);
        foreach (var item in items)
        {
            if (BindItem(file, item, kind, claimTarget) is { } evidence)
            {
                bound.Add(evidence);
            }
        }

        return bound.ToEquatableArray();
    }

    private EvidenceSpec? BindItem(FactFileSyntax file, EvidenceSyntax item, KindSymbol? kind, System.Func<string, ClaimTarget?> claimTarget)
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

        Value? claim = null;
        if (item.Claim is { } node)
        {
            if (!IsClaimShape(file, item, kind, fields.Count))
            {
                return null;
            }

            // A value with an error in it (a list that lost an unknown id) is no claim: it is not what the source says.
            var reported = context.Diagnostics.Count;
            if (claimTarget(kind is null ? string.Empty : fields[0]) is not { } target
                || values.Convert(file, node, target.Type, target.Name) is not { } value
                || context.Diagnostics.Count != reported)
            {
                return null; // the field or the value is in error: reported
            }

            if (ValueEquality.Same(target.Type, value, target.Adopted))
            {
                // Not a dispute: the item supports the adopted value, and is kept as plain evidence.
                context.Report(node, FactDiagnostics.ClaimOfTheAdoptedValue(file.At(node), target.Name));
            }
            else
            {
                claim = value;
            }
        }

        return new EvidenceSpec(source.Id, item.Quote.Value, fields.ToEquatableArray(), item.Note, claim);
    }

    /// <summary>
    /// A claim on an entry names exactly one field (TF3009 otherwise); on a constant, none: a
    /// constant has no fields, so any name there is TF3005 already.
    /// </summary>
    private bool IsClaimShape(FactFileSyntax file, EvidenceSyntax item, KindSymbol? kind, int knownFields)
    {
        if (kind is null)
        {
            return item.Fields.Count == 0;
        }

        if (item.Fields.Count != 1)
        {
            context.Report(FactDiagnostics.ClaimFieldCount(file.At(item.FieldsNode ?? item.Claim!), item.Fields.Count));
            return false;
        }

        return knownFields == 1; // an unknown field is TF3005 already
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

/// <summary>What a claim gives another value for: the type its value must have, the adopted value, and how messages name it.</summary>
internal sealed record ClaimTarget(TypeRef Type, Value Adopted, string Name);
