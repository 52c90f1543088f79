using BenchmarkDotNet.Running;
using TypedFacts.Benchmarks;

// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- [BenchmarkDotNet arguments]
//   --filter '*Generation*'         generation against the Parser floor (SPEC 7)
//   --filter '*' --job dry          the smoke run CI does
// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- build-consumer 100000
// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- chart <report.csv> <chart.png>
return args switch
{
    ["build-consumer", var entries] => ConsumerBuild.Run(int.Parse(entries, System.Globalization.CultureInfo.InvariantCulture)),
    ["chart", var csv, var png] => GenerationChart.Render(csv, png),
    ["phases", var count] => PhaseTimes.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Run(args),
};

static int Run(string[] args)
{
    Environment.SetEnvironmentVariable("TYPEDFACTS_REPO", RepositoryFiles.Root);
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(GenerationBenchmarks).Assembly).Run(args);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
