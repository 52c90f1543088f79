using System.Globalization;
using System.Text.RegularExpressions;
using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// docs/diagnostics.md shows, for each id, a fact file and the message <c>dotnet build</c> prints
/// for it. Every such example is run through the generator here, so a message that changes in
/// the catalog cannot leave the docs behind.
/// </summary>
public sealed partial class DiagnosticsDocTests
{
    private const string ArticleText = "Yulia Peresild, 37, and Klim Shipenko, 38, landed as planned in Kazakhstan's steppe at 0436 GMT.\n";

    /// <summary>Examples that cannot be run as written: shortened, or too large to print.</summary>
    private static readonly Dictionary<string, string> s_notRunnable = new(StringComparer.Ordinal)
    {
        ["TF1007"] = "the example is shortened (70 nested sequences)",
        ["TF1011"] = "the example describes a file of 50,001 entries",
        ["TF9001"] = "an internal error cannot be caused from a fact file",
    };

    /// <summary>The values of <c>TypedFactsRequireEvidence</c> an example can ask for, by saying "`TypedFactsRequireEvidence` set to `mode`".</summary>
    private static readonly string[] s_evidenceModes = ["true", "fields"];

    public static TheoryData<string> DocumentedIds()
    {
        var data = new TheoryData<string>();
        foreach (var section in Sections())
        {
            data.Add(section.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedIds))]
    public void TheExampleOfEachIdPrintsTheDocumentedMessage(string id)
    {
        var section = Sections().Single(s => s.Id == id);
        if (s_notRunnable.ContainsKey(id))
        {
            section.Expected.ShouldNotBeEmpty();
            return;
        }

        var harness = new GeneratorHarness { ReferencesRuntime = !section.Body.Contains("no reference to the runtime", StringComparison.Ordinal) };
        foreach (var (path, text) in section.Files)
        {
            harness.AddFile(path, text);
        }

        // The examples cite seeds/article.txt (TF3008: in another case); it is in the project unless the section says not.
        if (section.Files.Any(f => f.Text.Contains("file: seeds/article.txt", StringComparison.OrdinalIgnoreCase)) && !section.Body.Contains("The project has no `seeds/article.txt`", StringComparison.Ordinal))
        {
            harness.AddFile("seeds/article.txt", ArticleText);
        }

        foreach (var mode in s_evidenceModes)
        {
            if (section.Body.Contains($"`TypedFactsRequireEvidence` set to `{mode}`", StringComparison.Ordinal))
            {
                harness.Property("TypedFactsRequireEvidence", mode);
            }
        }

        var printed = harness.Run().GeneratorDiagnostics.Select(Printed).ToList();

        printed.ShouldBe(section.Expected, customMessage: $"docs/diagnostics.md, {id}");
    }

    [Fact]
    public void EveryIdOfTheCatalogHasARunnableExample()
        => Sections().Select(s => s.Id).ShouldBe(Diagnostics.FactDiagnostics.All.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal), ignoreOrder: true);

    private static string Printed(Microsoft.CodeAnalysis.Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var path = span.Path.Replace(GeneratorHarness.Root, string.Empty).Replace('\\', '/');
        return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
    }

    private sealed record Section(string Id, string Body, List<(string Path, string Text)> Files, List<string> Expected);

    /// <summary>Each "## TFnnnn" section: the YAML blocks of its example (named by a "`file`:" line above them) and the lines of its text block.</summary>
    private static List<Section> Sections()
    {
        var doc = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "docs", "diagnostics.md")).Replace("\r\n", "\n");
        var sections = new List<Section>();
        var heads = SectionHead().Matches(doc).ToList();
        for (var i = 0; i < heads.Count; i++)
        {
            var start = heads[i].Index;
            var end = i + 1 < heads.Count ? heads[i + 1].Index : doc.Length;
            var body = doc[start..end];
            var example = body.IndexOf("**Example.**", StringComparison.Ordinal);
            var fix = body.IndexOf("**Fix.**", StringComparison.Ordinal);
            var exampleText = example < 0 ? string.Empty : body[example..(fix < 0 ? body.Length : fix)];
            var files = new List<(string, string)>();
            var expected = new List<string>();
            foreach (Match block in CodeBlock().Matches(exampleText))
            {
                var content = block.Groups["content"].Value;
                if (block.Groups["lang"].Value == "yaml")
                {
                    var label = FileLabel().Match(exampleText[..block.Index].TrimEnd());
                    files.Add((label.Success && label.Index + label.Length >= exampleText[..block.Index].TrimEnd().Length ? label.Groups["name"].Value : "facts.yaml", content));
                }
                else if (block.Groups["lang"].Value == "text" && Diagnostic().IsMatch(content))
                {
                    expected.AddRange(content.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                }
            }

            sections.Add(new Section(heads[i].Groups["id"].Value, body, files, expected));
        }

        return sections;
    }

    [GeneratedRegex(@"^## (?<id>TF\d{4}):", RegexOptions.Multiline)]
    private static partial Regex SectionHead();

    [GeneratedRegex(@"^```(?<lang>\w+)\n(?<content>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"`(?<name>[\w.-]+\.ya?ml)`:$")]
    private static partial Regex FileLabel();

    [GeneratedRegex(@"^\S+\(\d+,\d+\): (error|warning) TF\d{4}: ", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();
}
