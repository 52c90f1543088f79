using System.Diagnostics;
using System.Globalization;

namespace TypedFacts.Benchmarks;

/// <summary>
/// SPEC 7: the consuming project of a 100,000-entry fact file still builds, and reading one
/// entry does not build the others. Writes a console project to a temporary folder that uses
/// the repository's generator as an analyzer, builds it, runs it, and reports the times.
/// </summary>
public static class ConsumerBuild
{
    public static int Run(int entries)
    {
        var root = RepositoryFiles.Root;
        var folder = Path.Combine(Path.GetTempPath(), "typedfacts-consumer-" + entries.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var generator = Path.Combine(root, "src", "TypedFacts.Generator");
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{generator}/build/TypedFacts.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- TF1011: a 100,000-entry kind gives static properties to its first 50,000 entries only. -->
                <NoWarn>$(NoWarn);TF1011</NoWarn>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{generator}/TypedFacts.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{generator}/build/TypedFacts.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "items.facts.yaml"), SyntheticFacts.Create(entries));
        var last = (entries - 1).ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), $$"""
            var item = Synthetic.Item.Get("Item{{last}}"); // past the first 50,000 entries there is no static property (TF1011)
            var first = Synthetic.Item.Item0;
            var cache = (System.Array)typeof(Synthetic.Item).GetField("__cache", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
            var built = 0;
            foreach (var entry in cache) { if (entry is not null) built++; }
            System.Console.WriteLine($"{item.Name} -> {item.Next.Name}, {first.Name}; entries built: {built} of {Synthetic.Item.All.Count}");
            """);

        Console.WriteLine($"Consumer project with {entries:N0} entries in {folder}");
        var build = Time("dotnet", "build -c Release -v q -nologo", folder);
        var run = Time("dotnet", "run -c Release --no-build", folder);
        Console.WriteLine($"build: {build.Elapsed.TotalSeconds:F1} s (exit {build.ExitCode}); run: {run.Elapsed.TotalSeconds:F1} s (exit {run.ExitCode})");
        Console.WriteLine(run.Output.Trim());
        var dll = Path.Combine(folder, "bin", "Release", "net10.0", "Consumer.dll");
        if (File.Exists(dll))
        {
            Console.WriteLine($"assembly: {new FileInfo(dll).Length / 1024.0 / 1024.0:F1} MB");
        }

        return build.ExitCode != 0 ? build.ExitCode : run.ExitCode;
    }

    private static (TimeSpan Elapsed, int ExitCode, string Output) Time(string file, string arguments, string folder)
    {
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (stopwatch.Elapsed, process.ExitCode, output.Result + error.Result);
    }
}
