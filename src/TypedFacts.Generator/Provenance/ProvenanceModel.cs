using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Provenance;

/// <summary>
/// A source that names a file: the quotes citing it can be checked only if that file is an
/// AdditionalFile. <see cref="IncludePath"/> is how the project would list it.
/// </summary>
public sealed record SourceFile(string SourceId, string FullPath, string DeclaredPath, string IncludePath, LocationInfo Location);

/// <summary>A quote to look for in the text of its source, located on the quote in the fact file.</summary>
public sealed record QuoteCheck(string SourceId, string SourcePath, string Quote, LocationInfo Location);

/// <summary>One source with a file, and every quote that cites it: the unit of quote checking.</summary>
public sealed record QuoteGroup(SourceFile Source, EquatableArray<QuoteCheck> Quotes);

/// <summary>
/// The folded text of a cited source, keyed by the normalized full path the fact file gives;
/// <see cref="ActualPath"/> differs from it when the AdditionalFile matched only ignoring case.
/// </summary>
public sealed record SourceDocument(string Path, string ActualPath, string FoldedText)
{
    public bool MatchedIgnoringCase => Path != ActualPath;
}
