using System.Collections.Generic;
using System.Threading;
using TypedFacts.Generator.Binding;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Provenance;

/// <summary>The text of a cited source, folded once, keyed by its normalized full path.</summary>
public sealed record SourceDocument(string Path, string FoldedText);

/// <summary>One source with a file, and every quote that cites it: the unit of quote checking.</summary>
public sealed record QuoteGroup(SourceFile Source, EquatableArray<QuoteCheck> Quotes);

public static class QuoteChecker
{
    public static EquatableArray<QuoteGroup> Group(BindResult result)
    {
        var groups = new List<QuoteGroup>(result.SourceFiles.Count);
        foreach (var source in result.SourceFiles)
        {
            var quotes = new List<QuoteCheck>();
            foreach (var quote in result.Quotes)
            {
                if (quote.SourceId == source.SourceId && quote.SourcePath == source.FullPath)
                {
                    quotes.Add(quote);
                }
            }

            groups.Add(new QuoteGroup(source, quotes.ToEquatableArray()));
        }

        return groups.ToEquatableArray();
    }

    public static EquatableArray<string> CitedPaths(BindResult result)
    {
        var paths = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var source in result.SourceFiles)
        {
            paths.Add(source.FullPath);
        }

        return new EquatableArray<string>(paths);
    }

    public static SourceDocument? Find(EquatableArray<SourceDocument> documents, string path)
    {
        foreach (var document in documents)
        {
            if (document.Path == path)
            {
                return document;
            }
        }

        return null;
    }

    /// <summary>Checks every quote of a group against its source's folded text.</summary>
    public static EquatableArray<DiagnosticInfo> Check(QuoteGroup group, SourceDocument? source, CancellationToken cancellationToken)
    {
        if (source is null)
        {
            return new EquatableArray<DiagnosticInfo>([DiagnosticInfo.Create(FactDiagnostics.SourceNotAvailable, group.Source.Location, group.Source.SourceId, group.Source.DeclaredPath, group.Source.IncludePath)]);
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var quote in group.Quotes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folded = QuoteText.Fold(quote.Quote);
            if (folded.Length == 0 || source.FoldedText.IndexOf(folded, System.StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            var closest = QuoteText.ClosestPassage(source.FoldedText, folded);
            diagnostics.Add(DiagnosticInfo.Create(FactDiagnostics.QuoteNotFound, quote.Location, group.Source.SourceId, group.Source.DeclaredPath, closest));
        }

        return diagnostics.ToEquatableArray();
    }
}
