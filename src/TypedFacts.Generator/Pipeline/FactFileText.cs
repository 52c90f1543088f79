using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedFacts.Generator.Format;

namespace TypedFacts.Generator.Pipeline;

/// <summary>A fact file's path and text: the equatable input of parsing.</summary>
public sealed record FactFileText(string Path, string Text)
{
    /// <summary>SPEC 1: <c>facts.yaml</c>, <c>facts.yml</c>, <c>*.facts.yaml</c>, <c>*.facts.yml</c>, or metadata <c>TypedFacts="true"</c>.</summary>
    public static bool IsFactFile(string path, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue("build_metadata.AdditionalFiles.TypedFacts", out var flag) && !string.IsNullOrWhiteSpace(flag))
        {
            return string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        var name = System.IO.Path.GetFileName(path);
        return name.Equals("facts.yaml", StringComparison.OrdinalIgnoreCase)
            || name.Equals("facts.yml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".facts.yaml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".facts.yml", StringComparison.OrdinalIgnoreCase);
    }

    public static FactFileText? TryRead(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        // Unity's name for an additional file (SPEC 1): a fact file when it begins with the version key.
        if (UnityFiles.IsUnityName(file.Path, out _))
        {
            var unityText = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            return UnityFiles.StartsWithVersionKey(unityText) ? new FactFileText(file.Path, unityText) : null;
        }

        if (!IsFactFile(file.Path, options.GetOptions(file)))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new FactFileText(file.Path, text);
    }
}
