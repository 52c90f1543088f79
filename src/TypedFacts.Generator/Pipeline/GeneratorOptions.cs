using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TypedFacts.Generator.Pipeline;

/// <summary>The MSBuild properties of SPEC 6, read once from the global analyzer options.</summary>
public sealed record GeneratorOptions(string Namespace, bool IsPublic, bool RequireEvidence)
{
    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var ns = Read(options, "TypedFactsNamespace") ?? Read(options, "RootNamespace") ?? string.Empty;
        var visibility = Read(options, "TypedFactsVisibility");
        var requireEvidence = Read(options, "TypedFactsRequireEvidence");
        return new GeneratorOptions(
            ns,
            string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase),
            string.Equals(requireEvidence, "true", StringComparison.OrdinalIgnoreCase));
    }

    private static string? Read(AnalyzerConfigOptions options, string property)
        => options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
