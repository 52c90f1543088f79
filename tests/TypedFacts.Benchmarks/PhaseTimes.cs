using System.Diagnostics;
using TypedFacts.Generator.Binding;
using TypedFacts.Generator.Emit;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;

namespace TypedFacts.Benchmarks;

/// <summary>
/// A profiling aid, not a benchmark: times each stage of one generation (best of a few runs)
/// so that optimisation work knows where the time goes. `-- phases 100000`.
/// </summary>
public static class PhaseTimes
{
    /// <param name="rounds">Rounds of every stage; the floor and the whole run alternate, so their ratio is taken round by round and the median given.</param>
    public static int Run(int entries, int rounds = 3)
    {
        var text = SyntheticFacts.Create(entries);
        var options = new BindOptions("Synthetic", "Synthetic", RequireEvidence: EvidenceRequirement.None, ProjectDirectory: "/project");
        var emitOptions = new EmitOptions(false, 13, true, true);
        var runner = new GeneratorRunner(("/project/items.facts.yaml", text)).Verified();
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var floor = Time(() =>
            {
                var parser = new Parser(new StringReader(text));
                while (parser.MoveNext())
                {
                }
            });
            var read = Time(() => TypedFacts.Generator.Yaml.FactYamlReader.Read(text, "/project/items.facts.yaml", [], CancellationToken.None));
            FactFileSyntax? document = null;
            var parse = Time(() => document = FactFileParser.Parse("/project/items.facts.yaml", text, CancellationToken.None));
            BindResult? bound = null;
            var bind = Time(() => bound = FactBinder.Bind([document!], options, CancellationToken.None));
            var length = 0;
            var emit = Time(() => length = bound!.Types.Sum(t => FactsEmitter.EmitText(t, emitOptions).Length));
            var driver = Time(() => runner.RunCold().GetRunResult());
            Console.WriteLine($"{entries:N0} entries, ms (GC pauses in collections of gen0/gen1/gen2): floor {floor} | read nodes {read} | parse {parse} | bind {bind} | emit {emit} ({length / 1e6:F1} M chars) | whole driver run {driver} = {driver / floor:F2}x floor");
            if (round > 0)
            {
                ratios.Add(driver / floor); // the first round warms up
            }
        }

        ratios.Sort();
        if (ratios.Count > 0)
        {
            Console.WriteLine($"{entries:N0} entries, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC: whole run / Parser floor, median of {ratios.Count} rounds: {ratios[ratios.Count / 2]:F2}x (from {ratios[0]:F2}x to {ratios[^1]:F2}x)");
        }

        return 0;
    }

    /// <summary>Cold driver runs only, for a profiler to watch: `-- driver 20000 10`.</summary>
    public static int Driver(int entries, int runs)
    {
        var runner = new GeneratorRunner(("/project/items.facts.yaml", SyntheticFacts.Create(entries))).Verified();
        for (var i = 0; i < runs; i++)
        {
            var (pause, gen0, gen1, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var stopwatch = Stopwatch.StartNew();
            var length = GeneratorRunner.GeneratedLength(runner.RunCold());
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"run {i + 1}: {elapsed:F0} ms, {length / 1e6:F1} M chars; GC paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms "
                + $"in {GC.CollectionCount(0) - gen0} collections ({GC.CollectionCount(1) - gen1} of gen1, {GC.CollectionCount(2) - gen2} of gen2)");
        }

        return 0;
    }

    /// <summary>
    /// Peak managed heap during one cold generation, above what was live before it (the fact
    /// text included), sampled every millisecond; the Parser floor measured the same way. `-- memory 100000`.
    /// </summary>
    public static int Memory(int entries)
    {
        var text = SyntheticFacts.Create(entries);
        var runner = new GeneratorRunner(("/project/items.facts.yaml", text)).Verified(); // also warms the generator up
        var floor = PeakAbove(() =>
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
            }
        });
        GeneratorDriver? kept = null;
        var generate = PeakAbove(() => kept = runner.RunCold()); // the driver keeps its output, as the compiler does
        var before = GC.GetTotalMemory(forceFullCollection: true);
        kept = null;
        var keptBytes = before - GC.GetTotalMemory(forceFullCollection: true);
        var file = text.Length * 2L; // a .NET string: two bytes a character
        Console.WriteLine($"{entries:N0} entries, fact file {text.Length / 1e6:F1} M chars ({file / 1e6:F1} MB as a string)");
        Console.WriteLine($"peak managed heap above the start: Parser floor {floor / 1e6:F1} MB, generation {generate / 1e6:F1} MB = {(double)generate / file:F1}x the fact file's string");
        Console.WriteLine($"kept by the driver after the run (its cached steps and the generated text): {keptBytes / 1e6:F1} MB = {(double)keptBytes / file:F1}x");
        return 0;
    }

    private static long PeakAbove(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = GC.GetTotalMemory(forceFullCollection: true);
        var peak = start;
        var done = false;
        var sampler = new Thread(() =>
        {
            while (!Volatile.Read(ref done))
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(1);
            }
        }) { IsBackground = true };
        sampler.Start();
        action();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        Volatile.Write(ref done, true);
        sampler.Join();
        return peak - start;
    }

    private static Timing Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var (pause, gen0, gen1, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var stopwatch = Stopwatch.StartNew();
        action();
        return new(stopwatch.Elapsed.TotalMilliseconds, (GC.GetTotalPauseDuration() - pause).TotalMilliseconds, GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
    }

    /// <summary>A stage's time, and how long the garbage collector paused it, in how many collections (of gen0, of them gen1, of them gen2).</summary>
    private readonly record struct Timing(double Milliseconds, double GcPause, int Collections, int Gen1, int Gen2)
    {
        public override string ToString() => $"{Milliseconds:F0} (GC {GcPause:F0} in {Collections}/{Gen1}/{Gen2})";

        public static double operator /(Timing left, Timing right) => left.Milliseconds / right.Milliseconds;
    }
}
