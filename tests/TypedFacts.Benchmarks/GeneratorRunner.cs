using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedFacts.Generator.Pipeline;

namespace TypedFacts.Benchmarks;

/// <summary>Runs the generator the way the compiler does, on a small consumer compilation.</summary>
public sealed class GeneratorRunner
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    public GeneratorRunner(params (string Path, string Text)[] files)
    {
        Files = [.. files.Select(f => (AdditionalText)new TextFile(f.Path, f.Text))];
        Compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", s_parseOptions)],
            // The runtime library too, as every consumer of the package has it: without it the
            // generator reports TF1012 and generates nothing, and there would be nothing to measure.
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(TypedFacts.FactKind).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public ImmutableArray<AdditionalText> Files { get; }

    public CSharpCompilation Compilation { get; }

    public GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create([new FactsGenerator().AsSourceGenerator()], Files, s_parseOptions, new Options());

    /// <summary>A cold run: a new driver, everything computed.</summary>
    public GeneratorDriver RunCold() => CreateDriver().RunGenerators(Compilation);

    public static int GeneratedLength(GeneratorDriver driver)
        => driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Sum(s => s.SourceText.Length));

    /// <summary>One run that must generate code without errors: a benchmark of a run that generates nothing measures nothing.</summary>
    public GeneratorRunner Verified()
    {
        var result = RunCold().GetRunResult();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 || result.Results.Sum(r => r.GeneratedSources.Length) == 0)
        {
            throw new InvalidOperationException("The generator produced no code to measure: " + string.Join("; ", errors));
        }

        return this;
    }

    public sealed class TextFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values();

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Values : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "Consumer";
                return key == "build_property.RootNamespace";
            }
        }
    }
}
