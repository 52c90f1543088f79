using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Binding;

/// <summary>Binds the sources of a namespace (SPEC 2.4) as the entries of the built-in <c>FactSource</c> kind.</summary>
internal sealed class SourceBinder(BindContext context, ValueBinder values)
{
    public KindSpec Bind(NamespaceScope scope)
    {
        var reserved = new HashSet<string>(GeneratedMembers.Entity) { BuiltInKinds.SourceName };
        foreach (var field in BuiltInKinds.SourceFields)
        {
            reserved.Add(field.PropertyName);
        }

        var members = new MemberScope(context, name => reserved.Contains(name) ? NameClash.Member : null, "the generated " + BuiltInKinds.SourceName + " type");
        var entries = new List<EntrySpec>(scope.Sources.Count);
        foreach (var source in scope.Sources)
        {
            var (file, syntax) = (source.File, source.Syntax);
            var propertyName = members.Claim(file, syntax.Id);
            if (syntax.Title is null)
            {
                context.Report(syntax.Id, FactDiagnostics.MissingSourceTitle(file.At(syntax.Id), source.Id));
            }

            var title = syntax.Title?.Value ?? source.Id;
            var fields = new Value[]
            {
                new ScalarValue(title, title),
                syntax.Published is { } published ? values.ConvertScalar(file, published, ScalarTypes.Of(ScalarKind.Date), "published") ?? (Value)NullValue.Instance : NullValue.Instance,
                syntax.Url is { } url ? values.ConvertScalar(file, url, ScalarTypes.Of(ScalarKind.Url), "url") ?? (Value)NullValue.Instance : NullValue.Instance,
                syntax.File is { } path ? new ScalarValue(path.Value, path.Value) : NullValue.Instance,
            };
            entries.Add(new EntrySpec(source.Id, propertyName ?? string.Empty, new EquatableArray<Value>(fields), EquatableArray<EvidenceSpec>.Empty));
        }

        return new KindSpec(scope.Name, BuiltInKinds.SourceName, BuiltInKinds.SourceName, BuiltInKinds.SourceDescription, IsEntity: true, BuiltInKinds.SourceFields, entries.ToEquatableArray(), EquatableArray<KindSpec>.Empty);
    }
}
