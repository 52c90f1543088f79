using System.Runtime.CompilerServices;
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

    /// <summary>
    /// Every generated file of a run, and its diagnostics, as snapshots; a verified file of the
    /// same test that the run no longer generates (a kind removed from the YAML) fails too.
    /// </summary>
    public static void MatchRun(GeneratorRun run, string prefix = "", [CallerMemberName] string method = "", [CallerFilePath] string testFile = "")
    {
        // Every file is compared (and a received file written for each mismatch) before failing.
        var failures = new List<Exception>();
        var expected = new HashSet<string>(StringComparer.Ordinal) { prefix + "diagnostics.verified.txt" };
        foreach (var source in run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            expected.Add(prefix + source.HintName[..^".cs".Length] + ".verified.cs");
            Collect(failures, () => Match(source.SourceText.ToString(), prefix + source.HintName[..^".cs".Length], "cs"));
        }

        Collect(failures, () => Match(DiagnosticText(run.GeneratorDiagnostics), prefix + "diagnostics", "txt"));
        var stale = StaleSnapshots(testFile, method, prefix, expected);
        if (stale.Count > 0)
        {
            failures.Add(new ShouldAssertException($"Snapshots of files the run no longer generates; delete them:\n{string.Join("\n", stale)}"));
        }

        if (failures.Count > 0)
        {
            throw new AggregateException(failures);
        }
    }

    /// <summary>The verified files named for this test and prefix that are not among <paramref name="expected"/>.</summary>
    private static List<string> StaleSnapshots(string testFile, string method, string prefix, HashSet<string> expected)
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var start = $"{Path.GetFileNameWithoutExtension(testFile)}.{method}#";
        return Directory.EnumerateFiles(folder, start + prefix + "*.verified.*")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !expected.Contains(name[start.Length..]))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
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
