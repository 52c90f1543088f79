using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Provenance;
using TypedFacts.Generator.Syntax;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Binds the parsed fact files of a compilation: groups them by namespace and binds each
/// namespace on its own (<see cref="NamespaceBinder"/>), so that a kind may use an enum or
/// reference a kind of another file of its namespace, and a bug while binding one namespace
/// never removes the generated code of the others (SPEC 4).
/// </summary>
public static class FactBinder
{
    public static BindResult Bind(IReadOnlyList<FactFileSyntax> files, BindOptions options, CancellationToken cancellationToken)
    {
        var context = new BindContext(options, cancellationToken);

        // A file listed twice (say once by the package's defaults and once by the project, in
        // another spelling of its path) is one file.
        var ordered = files
            .GroupBy(f => PathNormalizer.Normalize(f.Path), StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var file in ordered)
        {
            context.Diagnostics.AddRange(file.Diagnostics);
        }

        var types = new List<TypeSpec>();
        foreach (var (name, group) in ByNamespace(context, ordered))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mark = (context.Diagnostics.Count, context.SourceFiles.Count, context.Quotes.Count);
            try
            {
                types.AddRange(new NamespaceBinder(context, name).Bind(group));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // What the failed namespace had found so far is dropped with it; TF9001 names each of its files.
                context.Diagnostics.RemoveRange(mark.Item1, context.Diagnostics.Count - mark.Item1);
                context.SourceFiles.RemoveRange(mark.Item2, context.SourceFiles.Count - mark.Item2);
                context.Quotes.RemoveRange(mark.Item3, context.Quotes.Count - mark.Item3);
                foreach (var file in group)
                {
                    context.Report(InternalErrors.Of(file.Path, ex));
                }
            }
        }

        return new BindResult(
            DistinctHintNames(context, types).ToEquatableArray(),
            context.Diagnostics.ToEquatableArray(),
            context.SourceFiles.ToEquatableArray(),
            context.Quotes.ToEquatableArray());
    }

    /// <summary>
    /// The files of each namespace, in order. A file without <c>namespace</c> takes
    /// TypedFactsNamespace, or RootNamespace when that is not valid. Two spellings of one
    /// namespace that differ only in case would generate files whose names differ only in
    /// case: the later one is an error (TF4003) and is not generated.
    /// </summary>
    private static List<(string Name, List<FactFileSyntax> Files)> ByNamespace(BindContext context, List<FactFileSyntax> files)
    {
        var fallback = new[] { context.Options.Namespace, context.Options.RootNamespace }.FirstOrDefault(Identifiers.IsValidNamespace) ?? string.Empty;
        var groups = new List<(string Name, List<FactFileSyntax> Files)>();
        var byName = new Dictionary<string, (string Name, List<FactFileSyntax> Files)>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var name = fallback;
            if (file.Namespace is { } node)
            {
                if (Identifiers.IsValidNamespace(node.Value))
                {
                    name = node.Value;
                }
                else
                {
                    context.Report(node, FactDiagnostics.InvalidNamespace(file.At(node), node.Value));
                }
            }

            if (!byName.TryGetValue(name, out var group))
            {
                byName[name] = group = (name, []);
                groups.Add(group);
            }
            else if (group.Name != name)
            {
                var first = group.Files[0];
                context.Report(FactDiagnostics.NamespaceCase(file.Namespace is { } at ? file.At(at) : LocationInfo.FileStart(file.Path), name, group.Name, first.Path));
                continue;
            }

            group.Files.Add(file);
        }

        return groups;
    }

    /// <summary>
    /// A duplicate hint name makes AddSource throw (CS8785) and would hide every fact; name
    /// checks should make one impossible, so if one slips through it is reported as an internal
    /// error and the later type is dropped.
    /// </summary>
    private static List<TypeSpec> DistinctHintNames(BindContext context, List<TypeSpec> types)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var distinct = new List<TypeSpec>(types.Count);
        foreach (var type in types)
        {
            if (seen.Add(type.HintName))
            {
                distinct.Add(type);
            }
            else
            {
                context.Report(FactDiagnostics.InternalError(LocationInfo.FileStart(string.Empty), type.HintName, "two generated types have the same file name"));
            }
        }

        return distinct;
    }
}
