using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace TypedFacts.Generator.Tests.Fuzz;

/// <summary>
/// Mutation fuzzing (issue 3): every mutated fact file ends in generated code or located TF
/// diagnostics; the generator never throws (CS8785) and never reports an internal error.
/// CI runs 10,000 mutations with a fixed seed; longer runs:
/// <c>TYPEDFACTS_FUZZ_ITERATIONS=1000000 TYPEDFACTS_FUZZ_SEED=7 dotnet test tests/TypedFacts.Generator.Tests --filter MutationFuzz</c>.
/// Inputs that failed are written to <c>fuzz-failures/</c> under the test output; once fixed,
/// each is kept in <c>Fuzz/Corpus/</c> as a regression test.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("TYPEDFACTS_FUZZ_ITERATIONS"), out var n) ? n : 10_000;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("TYPEDFACTS_FUZZ_SEED"), out var s) ? s : 20211017;

    public static TheoryData<string> CorpusFiles()
        => [.. Directory.GetFiles(GeneratorHarness.FixturePath(Path.Combine("..", "Fuzz", "Corpus")), "*.yaml").Select(path => Path.GetFileName(path)).OrderBy(n => n, StringComparer.Ordinal)];

    [Fact]
    public void MutatedFactFilesNeverCrashTheGenerator()
    {
        var seeds = Fixtures.Valid.Select(name => GeneratorHarness.Fixture(name + ".facts.yaml"))
            .Append(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "facts.yaml")))
            .ToArray();
        var random = new Random(Seed);
        var mutator = new FactFileMutator(random);
        var failures = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        var (withErrors, clean, compiled) = (0, 0, 0);

        for (var i = 0; i < Iterations; i++)
        {
            // The small fixtures are cheap; facts.yaml is in one run of eight.
            var seed = seeds[random.Next(8) == 0 ? seeds.Length - 1 : random.Next(seeds.Length - 1)];
            var input = mutator.Mutate(seed);
            var compile = clean % 50 == 0; // compiling is costly: every 50th clean run is compiled
            var outcome = Check(input, compile);
            if (outcome.Problem is not null)
            {
                failures.Add(Save(input, i, outcome.Problem));
            }
            else if (outcome.HasErrors)
            {
                withErrors++;
            }
            else
            {
                clean++;
                compiled += compile ? 1 : 0;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Iterations} mutations (seed {Seed}) in {stopwatch.Elapsed.TotalSeconds:F1} s: {withErrors} ended in TF errors, {clean} generated code without errors ({compiled} of them compiled), {failures.Count} failures."));
        failures.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusInputsAreHandled(string name)
    {
        var input = File.ReadAllText(GeneratorHarness.FixturePath(Path.Combine("..", "Fuzz", "Corpus", name)));

        Check(input, compile: true).Problem.ShouldBeNull();
    }

    /// <summary>Runs the generator on one input and says what is wrong with the outcome, if anything.</summary>
    public static (string? Problem, bool HasErrors) Check(string input, bool compile)
    {
        var harness = new GeneratorHarness().AddFile("facts.yaml", input);
        harness.AddFile("seeds/article.txt", File.ReadAllText(GeneratorHarness.FixturePath(Path.Combine("seeds", "article.txt"))));
        GeneratorRun run;
        try
        {
            run = harness.Run();
        }
        catch (Exception ex)
        {
            return ("the driver threw " + ex, true);
        }

        // Lines as the IDE counts them: U+0085, U+2028 and U+2029 break lines too.
        var lineCount = Microsoft.CodeAnalysis.Text.SourceText.From(input).Lines.Count;
        foreach (var diagnostic in run.GeneratorDiagnostics)
        {
            if (diagnostic.Id is "CS8785" or "TF9001" || !diagnostic.Id.StartsWith("TF", StringComparison.Ordinal))
            {
                return ($"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}", true);
            }

            var span = diagnostic.Location.GetLineSpan();
            if (!span.Path.EndsWith("facts.yaml", StringComparison.Ordinal) || span.StartLinePosition.Line < 0 || span.StartLinePosition.Line >= lineCount
                || diagnostic.Location.SourceSpan.End > input.Length)
            {
                return ($"{diagnostic.Id} is not located in the fact file: {diagnostic}", true);
            }
        }

        if (run.Result.Results.Any(r => r.Exception is not null))
        {
            return ("the generator threw " + run.Result.Results.First(r => r.Exception is not null).Exception, true);
        }

        var hasErrors = run.Errors.Any();
        if (!hasErrors && compile)
        {
            var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (problems.Count > 0)
            {
                return ("generated code without TF errors does not compile: " + problems[0], false);
            }
        }

        return (null, hasErrors);
    }

    private static string Save(string input, int iteration, string problem)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fuzz-failures");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"seed{Seed}-{iteration}.yaml"));
        File.WriteAllText(path, input);
        return path + ": " + problem;
    }
}
