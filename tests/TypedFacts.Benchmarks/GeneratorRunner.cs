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
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
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
