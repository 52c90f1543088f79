using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Provenance;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Everything binding learned from all fact files: the files to generate (no positions), and,
/// with positions, the diagnostics, the source files and the quotes to check.
/// </summary>
public sealed record BindResult(
    EquatableArray<TypeSpec> Types,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<SourceFile> SourceFiles,
    EquatableArray<QuoteCheck> Quotes)
{
    public static readonly BindResult Empty = new(EquatableArray<TypeSpec>.Empty, EquatableArray<DiagnosticInfo>.Empty, EquatableArray<SourceFile>.Empty, EquatableArray<QuoteCheck>.Empty);
}

/// <summary>The MSBuild properties binding depends on (SPEC 6); visibility is an emit option and is not among them.</summary>
public sealed record BindOptions(string Namespace, string RootNamespace, EvidenceRequirement RequireEvidence, string ProjectDirectory);

/// <summary><c>TypedFactsRequireEvidence</c> (SPEC 6).</summary>
public enum EvidenceRequirement
{
    /// <summary><c>false</c>: evidence is optional.</summary>
    None,

    /// <summary><c>true</c>: every entry and constant needs <c>$evidence</c> (TF3006).</summary>
    Entries,

    /// <summary><c>fields</c>: in addition, every non-null field value needs an item naming its field (TF3011).</summary>
    Fields,
}
