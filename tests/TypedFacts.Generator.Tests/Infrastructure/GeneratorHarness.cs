using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TypedFacts.Generator.Pipeline;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedFacts.Generator.Tests.Infrastructure;

/// <summary>One run of the generator, as a consumer project would see it.</summary>
public sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<GeneratedSourceResult> Sources => Result.Results.SelectMany(r => r.GeneratedSources);

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    public IEnumerable<Diagnostic> Errors => GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Diagnostics of compiling the consumer with the generated code (warnings and errors).</summary>
    public IEnumerable<Diagnostic> CompilationProblems
        => OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Info);
}

/// <summary>
/// Builds a consumer compilation with fact files and runs the generator on it, with step
/// tracking on, the way the SDK does; every test goes through here.
/// </summary>
public sealed class GeneratorHarness
{
    private readonly List<(string Path, string Text, ImmutableDictionary<string, string>? Metadata)> _files = [];
    private readonly Dictionary<string, string> _properties = new() { ["build_property.RootNamespace"] = "Consumer", ["build_property.ProjectDir"] = Root };
    // A consumer always has some C#; the compilation's language version comes from its trees.
    private readonly List<string> _code = ["namespace Consumer { internal static class Program { } }"];

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    public TargetFramework Framework { get; set; } = TargetFramework.Net100;

    /// <summary>Whether the consumer references the runtime library, as every consumer of the package does.</summary>
    public bool ReferencesRuntime { get; set; } = true;

    public static string Root => OperatingSystem.IsWindows() ? @"C:\project\" : "/project/";

    public GeneratorHarness AddFile(string relativePath, string text, ImmutableDictionary<string, string>? metadata = null)
    {
        _files.Add((Root + relativePath, text, metadata));
        _texts = null;
        return this;
    }

    /// <summary>Gives an added file new text, keeping its place among the files.</summary>
    public GeneratorHarness ReplaceFile(string relativePath, string text)
    {
        var index = _files.FindIndex(f => f.Path == Root + relativePath);
        if (index < 0)
        {
            throw new ArgumentException($"No file '{relativePath}' was added.", nameof(relativePath));
        }

        _files[index] = (_files[index].Path, text, _files[index].Metadata);
        _texts = null;
        return this;
    }

    public GeneratorHarness AddCode(string code)
    {
        _code.Add(code);
        return this;
    }

    public GeneratorHarness Property(string name, string value)
    {
        _properties["build_property." + name] = value;
        return this;
    }

    private List<AdditionalText>? _texts;

    /// <summary>The same instances on every call, so a test can replace one in a driver.</summary>
    public IReadOnlyList<AdditionalText> AdditionalTexts => _texts ??= [.. _files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))];

    public TestOptionsProvider OptionsProvider => new(
        _properties.ToImmutableDictionary(),
        _files.Where(f => f.Metadata is not null).ToImmutableDictionary(f => f.Path, f => f.Metadata!));

    public CSharpParseOptions ParseOptions => new(LanguageVersion);

    public CSharpCompilation CreateCompilation()
    {
        var references = References.For(Framework);
        if (ReferencesRuntime)
        {
            references = references.Append(References.Runtime);
        }

        var nullable = LanguageVersion is LanguageVersion.CSharp7_3 ? NullableContextOptions.Disable : NullableContextOptions.Enable;
        return CSharpCompilation.Create(
            "Consumer",
            _code.Select(c => CSharpSyntaxTree.ParseText(c, ParseOptions)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, warningLevel: 9999)
                // As the SDK does by default (NoWarn 1701;1702): netstandard 2.0 references met by netstandard 2.1.
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));
    }

    public GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            [new FactsGenerator().AsSourceGenerator()],
            AdditionalTexts,
            ParseOptions,
            OptionsProvider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public GeneratorRun Run() => Run(CreateDriver(), CreateCompilation());

    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        return new GeneratorRun(driver, result, output, diagnostics);
    }

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Fixture(string name) => File.ReadAllText(FixturePath(name));
}
