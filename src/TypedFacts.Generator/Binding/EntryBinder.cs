using System;
using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Binds the entries of an entity kind: each gets its static property name (the first
/// <see cref="FormatLimits.MaxEntryProperties"/> of them), its values and its evidence, whose
/// claims are checked against those values. With <c>TypedFactsRequireEvidence=fields</c>, every
/// value must be cited by an item naming its field.
/// </summary>
internal sealed class EntryBinder(BindContext context, ValueBinder values, EvidenceBinder evidence)
{
    /// <param name="valueKindFields">The field types of a value kind, by its C# name, for inline values.</param>
    public EquatableArray<EntrySpec> Bind(KindSymbol kind, Func<string, IReadOnlyList<TypeRef>> valueKindFields)
    {
        var members = MemberScope.ForEntries(context, kind);
        var entries = new List<EntrySpec>(kind.Entries.Count);
        var types = new TypeRef[kind.Fields.Count];
        var propertyNames = new string[kind.Fields.Count];
        var scratch = new System.Text.StringBuilder(256);
        for (var f = 0; f < types.Length; f++)
        {
            (types[f], propertyNames[f]) = (kind.Fields[f].Type, kind.Fields[f].PropertyName);
        }

        // Message parts, made once per kind rather than once per entry.
        var entryOf = $"{kind.YamlName} entry";
        var theEntryOf = $"The {kind.YamlName} entry";
        foreach (var (file, entry) in kind.Entries)
        {
            context.CheckCancellation(entries.Count);
            var propertyName = entries.Count < FormatLimits.MaxEntryProperties ? members.Claim(file, entry.Id) : null;
            var fields = values.ConvertFields(file, kind, entry.Values, entry.Id, entry.Id.Value, entryOf);
            var items = evidence.Bind(file, entry.Evidence, kind, entry.Id, theEntryOf, name => Target(kind, fields, name));
            if (context.Options.RequireEvidence == EvidenceRequirement.Fields)
            {
                CheckCited(file, kind, entry, fields, items, entryOf);
            }

            // The values are kept as text from here on: the value objects die young, where they cost the collector nothing.
            entries.Add(EntrySpec.Of(entry.Id.Value, propertyName ?? string.Empty, types, propertyNames, fields, items, valueKindFields, scratch));
        }

        if (entries.Count > FormatLimits.MaxEntryProperties)
        {
            context.Report(FactDiagnostics.TooManyEntryProperties(kind.File.At(kind.NameNode), kind.YamlName, entries.Count, kind.Name));
        }

        return entries.ToEquatableArray();
    }

    private static ClaimTarget? Target(KindSymbol kind, EquatableArray<Value> fields, string name)
    {
        var index = kind.IndexOfField(name);
        return index < 0 ? null : new ClaimTarget(kind.Fields[index].Type, fields[index], name);
    }

    /// <summary>Every non-null value needs an item naming its field that is no claim; located on the value.</summary>
    private void CheckCited(FactFileSyntax file, KindSymbol kind, EntrySyntax entry, EquatableArray<Value> fields, EquatableArray<EvidenceSpec> items, string entryOf)
    {
        foreach (var pair in entry.Values)
        {
            var index = kind.IndexOfField(pair.Key.Value);
            if (index < 0 || fields[index] is NullValue || IsCited(items, pair.Key.Value))
            {
                continue;
            }

            context.Report(pair.Value, FactDiagnostics.UncitedFieldValue(file.At(pair.Value), pair.Key.Value, $"{entryOf} '{entry.Id.Value}'"));
        }
    }

    private static bool IsCited(EquatableArray<EvidenceSpec> items, string field)
    {
        foreach (var item in items)
        {
            if (item.Claim is null)
            {
                foreach (var named in item.Fields)
                {
                    if (named == field)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
