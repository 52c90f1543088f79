using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TypedFacts.Generator.Pipeline;

/// <summary>The MSBuild properties of SPEC 6, read once from the global analyzer options.</summary>
public sealed record GeneratorOptions(string Namespace, string RootNamespace, bool IsPublic, bool RequireEvidence, string ProjectDirectory = "")
{
    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var ns = Read(options, "TypedFactsNamespace") ?? string.Empty;
        var root = Read(options, "RootNamespace") ?? string.Empty;
        var visibility = Read(options, "TypedFactsVisibility");
        var requireEvidence = Read(options, "TypedFactsRequireEvidence");
        return new GeneratorOptions(
            ns,
            root,
            string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase),
            string.Equals(requireEvidence, "true", StringComparison.OrdinalIgnoreCase),
            Read(options, "ProjectDir") ?? string.Empty);
    }

    private static string? Read(AnalyzerConfigOptions options, string property)
        => options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
