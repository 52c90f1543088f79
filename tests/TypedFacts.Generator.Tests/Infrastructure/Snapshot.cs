using Shouldly;
using Xunit;

namespace TypedFacts.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot tests through Shouldly's <c>ShouldMatchApproved</c>, with files named like
/// Verify.SourceGenerators' (<c>{Class}.{Method}#{HintName}.verified.cs</c>) so that moving to
/// Verify later is a small change. A mismatch writes a git-ignored <c>.received.</c> file
/// beside the verified one and fails the test; rename it to accept the change.
/// </summary>
public static class Snapshot
{
    public static void Match(string text, string name, string extension)
        => text.Replace("\r\n", "\n").ShouldMatchApproved(options => options
            .LocateTestMethodUsingAttribute<FactAttribute>()
            .SubFolder("Snapshots")
            .WithDiscriminator(name)
            .WithFileExtension(extension)
            .WithFilenameGenerator((method, discriminator, fileType, fileExtension)
                => $"{method.DeclaringTypeName}.{method.MethodName}#{discriminator?.TrimStart('.')}.{(fileType == "approved" ? "verified" : fileType)}.{fileExtension}")
            .NoDiff());

    /// <summary>Every generated file of a run, and its diagnostics, as snapshots.</summary>
    public static void MatchRun(GeneratorRun run, string prefix = "")
    {
        // Every file is compared (and a received file written for each mismatch) before failing.
        var failures = new List<Exception>();
        foreach (var source in run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            Collect(failures, () => Match(source.SourceText.ToString(), prefix + source.HintName[..^".cs".Length], "cs"));
        }

        Collect(failures, () => Match(DiagnosticText(run.GeneratorDiagnostics), prefix + "diagnostics", "txt"));
        if (failures.Count > 0)
        {
            throw new AggregateException(failures);
        }
    }

    private static void Collect(List<Exception> failures, Action match)
    {
        try
        {
            match();
        }
        catch (Exception ex) when (ex is ShouldAssertException or ShouldMatchApprovedException)
        {
            failures.Add(ex);
        }
    }

    /// <summary>Diagnostics one per line, as the compiler prints them, with paths relative to the project.</summary>
    public static string DiagnosticText(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var path = span.Path.Replace(GeneratorHarness.Root, string.Empty).Replace('\\', '/');
                return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
        return lines.Count == 0 ? "(no diagnostics)\n" : string.Join("\n", lines) + "\n";
    }
}
