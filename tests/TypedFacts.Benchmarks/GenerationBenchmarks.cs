using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TypedFacts.Benchmarks;

/// <summary>
/// SPEC 7: whole generation (parse, validate, emit) against the floor — YamlDotNet's low-level
/// Parser reading every event of the same text — and against building a YamlStream. Subclasses
/// say which text and which files.
/// </summary>
[MemoryDiagnoser]
public abstract class FloorComparison
{
    private string _text = string.Empty;
    private GeneratorRunner _runner = null!;

    [Benchmark(Baseline = true, Description = "Parser floor")]
    public int ParserFloor()
    {
        var parser = new Parser(new StringReader(_text));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    [Benchmark(Description = "YamlStream.Load")]
    public int YamlStreamLoad()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(_text));
        return stream.Documents.Count;
    }

    [Benchmark(Description = "Generate")]
    public int Generate() => GeneratorRunner.GeneratedLength(_runner.RunCold());

    /// <summary>The fact file measured, and every AdditionalFile the generator gets (the fact file among them).</summary>
    protected void Use(string factText, params (string Path, string Text)[] files)
    {
        _text = factText;
        _runner = new GeneratorRunner(files).Verified();
    }
}

/// <summary>Synthetic files of 1,000, 10,000 and 100,000 entries.</summary>
public class GenerationBenchmarks : FloorComparison
{
    [Params(1_000, 10_000, 20_000, 100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = SyntheticFacts.Create(Entries);
        Use(text, ("/project/items.facts.yaml", text));
    }
}

/// <summary>The repository's facts.yaml with its five articles (quotes checked).</summary>
public class FactsYamlBenchmarks : FloorComparison
{
    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryFiles.Root;
        var text = File.ReadAllText(Path.Combine(root, "facts.yaml"));
        var files = new List<(string, string)> { (Path.Combine(root, "facts.yaml"), text) };
        files.AddRange(Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Select(p => (p, File.ReadAllText(p))));
        Use(text, [.. files]);
    }
}

/// <summary>Incremental reruns after a C# edit and after a fact-file edit, against the cold run.</summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private GeneratorRunner _runner = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _afterFactEdit = null!;
    private Compilation _afterCSharpEdit = null!;

    [Params(10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = SyntheticFacts.Create(Entries);
        _runner = new GeneratorRunner(("/project/items.facts.yaml", text), ("/project/notes.txt", "notes")).Verified();
        _warm = _runner.RunCold();
        _afterCSharpEdit = _runner.Compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Edited { }"));
        var file = _runner.Files[0];
        _afterFactEdit = _warm.ReplaceAdditionalText(file, new GeneratorRunner.TextFile(file.Path, text.Replace("name: Item number 5\n", "name: Item number five\n", StringComparison.Ordinal)));
    }

    [Benchmark(Baseline = true, Description = "Cold run")]
    public int Cold() => GeneratorRunner.GeneratedLength(_runner.RunCold());

    [Benchmark(Description = "Rerun after a C# edit")]
    public int AfterCSharpEdit() => GeneratorRunner.GeneratedLength(_warm.RunGenerators(_afterCSharpEdit));

    [Benchmark(Description = "Rerun after a fact-file edit")]
    public int AfterFactFileEdit() => GeneratorRunner.GeneratedLength(_afterFactEdit.RunGenerators(_runner.Compilation));
}

internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
                {
                    return directory.FullName;
                }
            }

            // BenchmarkDotNet runs from a generated folder; the environment names the repository then.
            return Environment.GetEnvironmentVariable("TYPEDFACTS_REPO") ?? throw new InvalidOperationException("Run from the repository, or set TYPEDFACTS_REPO.");
        }
    }
}
