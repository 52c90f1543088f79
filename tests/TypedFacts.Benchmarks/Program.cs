using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using TypedFacts.Benchmarks;

// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- [BenchmarkDotNet arguments] [--server-gc]
//   --filter '*Generation*'         generation against the Parser floor (SPEC 7)
//   --server-gc                     every job with the server GC, the compiler's (csc and VBCSCompiler run with it)
//   --filter '*' --job dry          the smoke run CI does
// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- consumer-build 1000 10000 20000 100000 [--rounds 3]
// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- memory 100000
// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- phases 20000 [--rounds 9]   (DOTNET_gcServer=1: the compiler's GC)
// dotnet run -c Release --project tests/TypedFacts.Benchmarks -- chart <report.csv> <chart.png>
return args switch
{
    ["consumer-build", .. var sizes] => ConsumerBuild.Run(sizes),
    ["chart", var csv, var png] => GenerationChart.Render(csv, png),
    ["phases", var count] => PhaseTimes.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["phases", var count, "--rounds", var rounds] => PhaseTimes.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
    ["memory", var count] => PhaseTimes.Memory(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["driver", var count, var runs] => PhaseTimes.Driver(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Run(args),
};

static int Run(string[] args)
{
    Environment.SetEnvironmentVariable("TYPEDFACTS_REPO", RepositoryFiles.Root);
    var config = DefaultConfig.Instance;
    if (args.Contains("--server-gc"))
    {
        // The compiler runs generators under the server GC (System.GC.Server in csc's and
        // VBCSCompiler's runtimeconfig.json): the garbage collector it gives them, in every job.
        config = config.AddJob(Job.Default.WithGcServer(true).AsMutator());
        args = [.. args.Where(a => a != "--server-gc")];
    }

    var summaries = BenchmarkSwitcher.FromAssembly(typeof(GenerationBenchmarks).Assembly).Run(args, config);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
