using System;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedFacts.Generator.Binding;

namespace TypedFacts.Generator.Pipeline;

/// <summary>
/// The MSBuild properties of SPEC 6, read once from the global analyzer options, split by the
/// stage that uses them: changing <c>TypedFactsVisibility</c> reruns emission, not binding.
/// </summary>
public sealed record GeneratorOptions(BindOptions Bind, bool IsPublic)
{
    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var bind = new BindOptions(
            Read(options, "TypedFactsNamespace") ?? string.Empty,
            Read(options, "RootNamespace") ?? string.Empty,
            Requirement(Read(options, "TypedFactsRequireEvidence")),
            Read(options, "ProjectDir") ?? string.Empty);
        return new GeneratorOptions(bind, string.Equals(Read(options, "TypedFactsVisibility"), "public", StringComparison.OrdinalIgnoreCase));
    }

    private static EvidenceRequirement Requirement(string? value)
        => string.Equals(value, "fields", StringComparison.OrdinalIgnoreCase) ? EvidenceRequirement.Fields
            : string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? EvidenceRequirement.Entries
            : EvidenceRequirement.None;

    private static string? Read(AnalyzerConfigOptions options, string property)
        => options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
