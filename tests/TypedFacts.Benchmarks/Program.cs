using BenchmarkDotNet.Running;
using TypedFacts.Benchmarks;

// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- [BenchmarkDotNet arguments]
//   --filter '*Generation*'         generation against the Parser floor (SPEC 7)
//   --filter '*' --job dry          the smoke run CI does
// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- consumer-build 1000 10000 20000 100000 [--rounds 3]
// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- memory 100000
// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- chart <report.csv> <chart.png>
return args switch
{
    ["consumer-build", .. var sizes] => ConsumerBuild.Run(sizes),
    ["chart", var csv, var png] => GenerationChart.Render(csv, png),
    ["phases", var count] => PhaseTimes.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["memory", var count] => PhaseTimes.Memory(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["driver", var count, var runs] => PhaseTimes.Driver(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Run(args),
};

static int Run(string[] args)
{
    Environment.SetEnvironmentVariable("TYPEDFACTS_REPO", RepositoryFiles.Root);
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(GenerationBenchmarks).Assembly).Run(args);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
