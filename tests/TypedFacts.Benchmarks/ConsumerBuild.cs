using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TypedFacts.Testing;

namespace TypedFacts.Benchmarks;

/// <summary>
/// SPEC 7, as a user meets it: fresh net10.0 console apps that install the packed TypedFacts
/// package, one with no fact file (the baseline) and one per size with a synthetic fact file of
/// N entries, and for each size the floor of the API, a plain class with N static properties
/// <c>public static Item I0 =&gt; At(0);</c>. After one full build each, every app is rebuilt in
/// turn after touching its <c>Program.cs</c> (warm compiler server, incremental build), and the
/// medians are compared with the baseline's from the same rounds. Then, with
/// <c>-p:ReportAnalyzer=true</c>, the generator's time in the compiler is set beside a floor
/// generator that only reads the same file with YamlDotNet's <c>Parser</c>, in the same build.
/// Each N app is run, reading its last entry, to show that it builds and works.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project tests/TypedFacts.Benchmarks -- consumer-build 1000 10000 20000 100000 --rounds 3</c>.
/// Everything lives under the system temp folder, with a private NuGet cache.
/// </remarks>
public static partial class ConsumerBuild
{
    private const string Version = "0.0.0-consumer-build";

    public static int Run(string[] args)
    {
        var sizes = new List<int>();
        var rounds = 3;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds")
            {
                rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                sizes.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
            }
        }

        if (sizes.Count == 0)
        {
            sizes.AddRange([1_000, 10_000, 20_000, 100_000]);
        }

        var work = Path.Combine(Path.GetTempPath(), "typedfacts-consumer-build");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        // A warm compiler server, as on a developer's machine (CI may turn it off with UseSharedCompilation=false).
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work, "packages"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["UseSharedCompilation"] = "true" };
        Console.WriteLine($"Working in {work}; {rounds} rounds of rebuilds.");

        var pack = DotNet($"pack src/TypedFacts/TypedFacts.csproj -c Release -o \"{Path.Combine(work, "feed")}\" -p:Version={Version}", RepositoryFiles.Root, environment);
        if (pack.ExitCode != 0)
        {
            Console.WriteLine(pack.Output);
            return pack.ExitCode;
        }

        LocalFeed.WriteConsumerSetup(work);
        var floorGenerator = BuildFloorGenerator(work, environment);
        if (floorGenerator is null)
        {
            return 1;
        }

        var apps = new List<App> { App.Create(work, "app-0", 0, AppKind.Baseline) };
        foreach (var size in sizes)
        {
            apps.Add(App.Create(work, $"app-{size}", size, AppKind.Facts));
            apps.Add(App.Create(work, $"floor-{size}", size, AppKind.Floor));
        }

        foreach (var app in apps)
        {
            var build = DotNet("build -nologo -v q", app.Folder, environment);
            Console.WriteLine($"first build of {app.Name}: {build.Elapsed.TotalSeconds:F1} s (exit {build.ExitCode})");
            if (build.ExitCode != 0)
            {
                Console.WriteLine(build.Output);
                return build.ExitCode;
            }
        }

        var times = apps.ToDictionary(a => a.Name, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var app in apps)
            {
                File.SetLastWriteTimeUtc(Path.Combine(app.Folder, "Program.cs"), DateTime.UtcNow);
                var build = DotNet("build --no-restore -nologo -v q", app.Folder, environment);
                if (build.ExitCode != 0)
                {
                    Console.WriteLine(build.Output);
                    return build.ExitCode;
                }

                times[app.Name].Add(build.Elapsed.TotalSeconds);
            }

            Console.WriteLine($"round {round + 1}: " + string.Join(", ", apps.Select(a => $"{a.Name} {times[a.Name][round]:F1} s")));
        }

        var baseline = Median(times["app-0"]);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Incremental rebuild after touching Program.cs, median of {rounds}; the app without a fact file: {baseline:F2} s.");
        report.AppendLine();
        report.AppendLine("| entries | TypedFacts app | ratio | per entry | floor app (bare properties) | ratio | per entry | generator in the compiler | Parser floor in the compiler | ratio | generated text |");
        report.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in sizes)
        {
            var facts = apps.Single(a => a.Name == $"app-{size}");
            var run = DotNet("run --no-build", facts.Folder, environment);
            Console.WriteLine($"run of {facts.Name} (exit {run.ExitCode}): {run.Output.Trim()}");
            var (generator, parser, generated) = MeasureInCompiler(facts, floorGenerator, environment, rounds);
            var app = Median(times[facts.Name]);
            var floor = Median(times[$"floor-{size}"]);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {size:N0} | {app:F2} s | **{app / baseline:F2}x** | {(app - baseline) * 1000 / size:F3} ms | {floor:F2} s | {floor / baseline:F2}x | {(floor - baseline) * 1000 / size:F3} ms | {generator:F3} s | {parser:F3} s | **{generator / parser:F2}x** | {generated / (double)size:F0} chars/entry |");
        }

        Console.WriteLine();
        Console.Write(report.ToString());
        return 0;
    }

    private enum AppKind
    {
        Baseline,
        Facts,
        Floor,
    }

    private sealed record App(string Name, string Folder, int Size)
    {
        public static App Create(string work, string name, int size, AppKind kind)
        {
            var folder = Path.Combine(work, name);
            Directory.CreateDirectory(folder);
            var package = kind == AppKind.Floor ? string.Empty : $"<PackageReference Include=\"TypedFacts\" Version=\"{Version}\" />";
            File.WriteAllText(Path.Combine(folder, "App.csproj"), $$"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <!-- TF1011: a 100,000-entry kind gives static properties to its first 50,000 entries only. -->
                    <NoWarn>$(NoWarn);TF1011</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    {{package}}
                  </ItemGroup>
                  <ItemGroup Condition="'$(FloorAnalyzers)' != ''">
                    <Analyzer Include="$(FloorAnalyzers)" />
                  </ItemGroup>
                </Project>
                """);
            switch (kind)
            {
                case AppKind.Baseline:
                    File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(\"no facts\");\n");
                    break;
                case AppKind.Facts:
                    File.WriteAllText(Path.Combine(folder, "items.facts.yaml"), SyntheticFacts.Create(size));
                    File.WriteAllText(Path.Combine(folder, "Program.cs"), $$"""
                        var last = Synthetic.Item.Get("Item{{size - 1}}");
                        System.Console.WriteLine($"{last.Name} -> {last.Next.Name}; {Synthetic.Item.All.Count} entries; first: {Synthetic.Item.Item0.Day}");
                        """);
                    break;
                case AppKind.Floor:
                    File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(Floor.Item.I0 is null);\n");
                    File.WriteAllText(Path.Combine(folder, "Item.cs"), BareProperties(size));
                    break;
            }

            return new App(name, folder, size);
        }
    }

    /// <summary>The floor of a static property per entry, as the issue measured it: nothing but the properties.</summary>
    private static string BareProperties(int size)
    {
        var text = new StringBuilder("namespace Floor\n{\n    public sealed class Item\n    {\n        private static Item? At(int index) => null;\n\n");
        for (var i = 0; i < size; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"        public static Item? I{i} => At({i});\n");
        }

        return text.Append("    }\n}\n").ToString();
    }

    /// <summary>The medians of the generator's and of the floor generator's time in the compiler, and the generated text's length.</summary>
    private static (double Generator, double Parser, long Generated) MeasureInCompiler(App app, string floorGenerator, Dictionary<string, string> environment, int rounds)
    {
        var generator = new List<double>();
        var parser = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            File.SetLastWriteTimeUtc(Path.Combine(app.Folder, "Program.cs"), DateTime.UtcNow);
            var build = DotNet($"build --no-restore -nologo -v d -p:ReportAnalyzer=true \"-p:FloorAnalyzers={floorGenerator}\"", app.Folder, environment);
            generator.Add(GeneratorTime(build.Output, "TypedFacts.Generator.Pipeline.FactsGenerator"));
            parser.Add(GeneratorTime(build.Output, "ParserFloor.ParserFloorGenerator"));
        }

        // The generated text, written to disk once (it is not, in the timed builds).
        File.SetLastWriteTimeUtc(Path.Combine(app.Folder, "Program.cs"), DateTime.UtcNow);
        var emitted = DotNet("build --no-restore -nologo -v q -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath=generated", app.Folder, environment);
        var folder = Path.Combine(app.Folder, "generated");
        var length = emitted.ExitCode == 0 && Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.g.cs", SearchOption.AllDirectories).Where(f => f.Contains("TypedFacts", StringComparison.Ordinal)).Sum(f => (long)File.ReadAllText(f).Length)
            : 0;
        return (Median(generator), Median(parser), length);
    }

    private static double GeneratorTime(string output, string generator)
    {
        var match = Regex.Match(output, @"^\s*(?<seconds><?[0-9.]+)\s+[0-9<]+\s+" + Regex.Escape(generator) + @"\s*$", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups["seconds"].Value.TrimStart('<'), CultureInfo.InvariantCulture) : double.NaN;
    }

    /// <summary>A generator that reads each fact file with YamlDotNet's Parser and generates nothing: the floor, measured in the same compiler.</summary>
    private static string? BuildFloorGenerator(string work, Dictionary<string, string> environment)
    {
        var folder = Path.Combine(work, "parser-floor");
        Directory.CreateDirectory(folder);
        var versions = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "Directory.Packages.props"));
        string VersionOf(string package) => Regex.Match(versions, $"Include=\"{Regex.Escape(package)}\" Version=\"(?<v>[^\"]+)\"").Groups["v"].Value;
        File.WriteAllText(Path.Combine(folder, "ParserFloor.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
                <IsRoslynComponent>true</IsRoslynComponent>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="{VersionOf("Microsoft.CodeAnalysis.CSharp")}" PrivateAssets="all" />
                <PackageReference Include="YamlDotNet" Version="{VersionOf("YamlDotNet")}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "ParserFloorGenerator.cs"), """
            using Microsoft.CodeAnalysis;
            using YamlDotNet.Core;

            namespace ParserFloor
            {
                /// <summary>Reads every event of each fact file with YamlDotNet's Parser, and generates nothing.</summary>
                [Generator]
                public sealed class ParserFloorGenerator : IIncrementalGenerator
                {
                    public void Initialize(IncrementalGeneratorInitializationContext context)
                    {
                        var events = context.AdditionalTextsProvider
                            .Where(t => t.Path.EndsWith(".facts.yaml", System.StringComparison.Ordinal))
                            .Select((t, cancellationToken) =>
                            {
                                var parser = new Parser(new System.IO.StringReader(t.GetText(cancellationToken)?.ToString() ?? string.Empty));
                                var count = 0;
                                while (parser.MoveNext())
                                {
                                    count++;
                                }

                                return count;
                            });
                        context.RegisterSourceOutput(events, (_, _) => { });
                    }
                }
            }
            """);
        var build = DotNet("build -c Release -nologo -v q", folder, environment);
        if (build.ExitCode != 0)
        {
            Console.WriteLine(build.Output);
            return null;
        }

        // The TypedFacts package brings YamlDotNet to the compiler already; the floor loads the same assembly.
        return Path.Combine(folder, "bin", "Release", "netstandard2.0", "ParserFloor.dll");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }

    private static (TimeSpan Elapsed, int ExitCode, string Output) DotNet(string arguments, string folder, Dictionary<string, string> environment)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = ChildProcess.Run(folder, "dotnet", arguments, environment, TimeSpan.FromMinutes(30));
        return (stopwatch.Elapsed, result.ExitCode, result.Output);
    }
}
