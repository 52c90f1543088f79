using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Binds the entries of an entity kind: each gets its static property name (the first
/// <see cref="FormatLimits.MaxEntryProperties"/> of them), its values and its evidence.
/// </summary>
internal sealed class EntryBinder(BindContext context, ValueBinder values, EvidenceBinder evidence)
{
    public EquatableArray<EntrySpec> Bind(KindSymbol kind)
    {
        var members = MemberScope.ForEntries(context, kind);
        var entries = new List<EntrySpec>(kind.Entries.Count);

        // Message parts, made once per kind rather than once per entry.
        var entryOf = $"{kind.YamlName} entry";
        var theEntryOf = $"The {kind.YamlName} entry";
        foreach (var (file, entry) in kind.Entries)
        {
            context.CheckCancellation(entries.Count);
            var propertyName = entries.Count < FormatLimits.MaxEntryProperties ? members.Claim(file, entry.Id) : null;
            var fields = values.ConvertFields(file, kind, entry.Values, entry.Id, entry.Id.Value, entryOf);
            var items = evidence.Bind(file, entry.Evidence, kind, entry.Id, theEntryOf);
            entries.Add(new EntrySpec(entry.Id.Value, propertyName ?? string.Empty, fields, items));
        }

        if (entries.Count > FormatLimits.MaxEntryProperties)
        {
            context.Report(FactDiagnostics.TooManyEntryProperties(kind.File.At(kind.NameNode), kind.YamlName, entries.Count, kind.Name));
        }

        return entries.ToEquatableArray();
    }
}
