using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Binding;

/// <summary>A quote to look for in the text of its source, located on the quote in the fact file.</summary>
public sealed record QuoteCheck(string SourceId, string SourcePath, string Quote, LocationInfo Location);

/// <summary>
/// A source that names a file: the quotes citing it can be checked only if that file is an
/// AdditionalFile. <see cref="IncludePath"/> is how the project would list it.
/// </summary>
public sealed record SourceFile(string SourceId, string FullPath, string DeclaredPath, string IncludePath, LocationInfo Location);

/// <summary>
/// Everything the binder learned from all fact files: the types to generate (no positions),
/// and, with positions, the diagnostics, the source files and the quotes to check.
/// </summary>
public sealed record BindResult(
    EquatableArray<GeneratedType> Types,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<SourceFile> SourceFiles,
    EquatableArray<QuoteCheck> Quotes)
{
    public static readonly BindResult Empty = new(EquatableArray<GeneratedType>.Empty, EquatableArray<DiagnosticInfo>.Empty, EquatableArray<SourceFile>.Empty, EquatableArray<QuoteCheck>.Empty);
}
