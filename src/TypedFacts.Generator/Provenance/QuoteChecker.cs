using System;
using System.Collections.Generic;
using System.Threading;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Provenance;

/// <summary>
/// The compile-time quote check (SPEC 2.4): every quote must appear in its source's text, after
/// folding (see <see cref="QuoteText"/>). Quotes are grouped by source, so that editing one
/// article re-checks only the quotes that cite it.
/// </summary>
public static class QuoteChecker
{
    /// <summary>Each source with a file, and the quotes citing it (in their order).</summary>
    public static EquatableArray<QuoteGroup> Group(EquatableArray<SourceFile> sources, EquatableArray<QuoteCheck> checks, CancellationToken cancellationToken)
    {
        var bySource = new Dictionary<(string, string), List<QuoteCheck>>();
        for (var i = 0; i < checks.Count; i++)
        {
            if ((i & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var quote = checks[i];
            var key = (quote.SourceId, quote.SourcePath);
            if (!bySource.TryGetValue(key, out var quotes))
            {
                bySource[key] = quotes = [];
            }

            quotes.Add(quote);
        }

        var groups = new List<QuoteGroup>(sources.Count);
        foreach (var source in sources)
        {
            var quotes = bySource.TryGetValue((source.SourceId, source.FullPath), out var found) ? found.ToEquatableArray() : EquatableArray<QuoteCheck>.Empty;
            groups.Add(new QuoteGroup(source, quotes));
        }

        return groups.ToEquatableArray();
    }

    /// <summary>The full paths of the files the sources name, for reading them once.</summary>
    public static EquatableArray<string> CitedPaths(EquatableArray<SourceFile> sources)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            paths.Add(source.FullPath);
        }

        return new EquatableArray<string>(paths);
    }

    /// <summary>
    /// The AdditionalFile a cited path names: the one with that exact path, else one whose path
    /// differs only in letter case (SPEC 1: accepted, with a warning).
    /// </summary>
    public static SourceDocument? Find(EquatableArray<SourceDocument> documents, string path)
    {
        SourceDocument? ignoringCase = null;
        foreach (var document in documents)
        {
            if (document.ActualPath == path)
            {
                return document with { Path = path };
            }

            if (ignoringCase is null && string.Equals(document.ActualPath, path, StringComparison.OrdinalIgnoreCase))
            {
                ignoringCase = document with { Path = path };
            }
        }

        return ignoringCase;
    }

    /// <summary>Checks every quote of a group against its source's folded text.</summary>
    public static EquatableArray<DiagnosticInfo> Check(QuoteGroup group, SourceDocument? source, CancellationToken cancellationToken)
    {
        var declared = group.Source;
        if (source is null)
        {
            return new EquatableArray<DiagnosticInfo>([FactDiagnostics.SourceNotAvailable(declared.Location, declared.SourceId, declared.DeclaredPath, declared.IncludePath)]);
        }

        var diagnostics = new List<DiagnosticInfo>();
        if (source.MatchedIgnoringCase)
        {
            diagnostics.Add(FactDiagnostics.SourcePathCase(declared.Location, declared.SourceId, declared.DeclaredPath, source.ActualPath, CaseAsOnDisk(declared.DeclaredPath, source.ActualPath)));
        }

        foreach (var quote in group.Quotes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folded = QuoteText.Fold(quote.Quote);
            if (folded.Length == 0 || source.FoldedText.IndexOf(folded, StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            var closest = QuoteText.ClosestPassage(source.FoldedText, folded, cancellationToken);
            diagnostics.Add(FactDiagnostics.QuoteNotFound(quote.Location, declared.SourceId, declared.DeclaredPath, closest));
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>The declared relative path spelt as the file really is: its last characters taken from the actual path.</summary>
    private static string CaseAsOnDisk(string declared, string actual)
    {
        var normalized = declared.Replace('\\', '/');
        return actual.Length >= normalized.Length && string.Equals(actual.Substring(actual.Length - normalized.Length), normalized, StringComparison.OrdinalIgnoreCase)
            ? actual.Substring(actual.Length - normalized.Length)
            : actual;
    }
}
