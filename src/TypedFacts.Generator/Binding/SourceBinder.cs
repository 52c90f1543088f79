using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Binds the sources of a namespace (SPEC 2.4): their title, date, url and file for the
/// registry, and the property each gets in a catalog's <c>Sources</c> class.
/// </summary>
internal sealed class SourceBinder(BindContext context, ValueBinder values)
{
    public EquatableArray<SourceSpec> Bind(NamespaceScope scope)
    {
        var members = MemberScope.ForSources(context);
        var sources = new List<SourceSpec>(scope.Sources.Count);
        foreach (var source in scope.Sources)
        {
            var (file, syntax) = (source.File, source.Syntax);
            var propertyName = members.Claim(file, syntax.Id) ?? string.Empty;
            if (syntax.Title is null)
            {
                context.Report(syntax.Id, FactDiagnostics.MissingSourceTitle(file.At(syntax.Id), source.Id));
            }

            var published = syntax.Published is { } date ? values.ConvertScalar(file, date, ScalarTypes.Of(ScalarKind.PartialDate), "published")?.Canonical : null;
            var url = syntax.Url is { } address ? values.ConvertScalar(file, address, ScalarTypes.Of(ScalarKind.Url), "url")?.Canonical : null;
            sources.Add(new SourceSpec(source.Id, propertyName, syntax.Title?.Value ?? source.Id, published, url, syntax.File?.Value));
        }

        return sources.ToEquatableArray();
    }
}
