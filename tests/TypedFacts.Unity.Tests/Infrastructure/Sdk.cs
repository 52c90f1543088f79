using System.Reflection;
using TypedFacts.Testing;

namespace TypedFacts.Unity.Tests.Infrastructure;

/// <summary>The .NET SDK the tests were built with: its host, its compiler and its reference packs (paths from the project file).</summary>
public static class Sdk
{
    public static string Root => Metadata("NetCoreRoot");

    /// <summary>The <c>dotnet</c> host.</summary>
    public static string Host
    {
        get
        {
            var host = Path.Combine(Root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            return File.Exists(host) ? host : throw new InvalidOperationException($"The dotnet host was not found at {host}.");
        }
    }

    /// <summary>The SDK's own C# compiler, run with <c>dotnet exec</c> as Unity runs its bundled one.</summary>
    public static string Csc
    {
        get
        {
            var csc = Path.Combine(Root, "sdk", Metadata("NETCoreSdkVersion"), "Roslyn", "bincore", "csc.dll");
            return File.Exists(csc) ? csc : throw new InvalidOperationException($"The SDK's compiler was not found at {csc}.");
        }
    }

    /// <summary>The reference assemblies of .NET Standard 2.1, which Unity compiles against (NETStandard.Library.Ref, a PackageDownload).</summary>
    public static IReadOnlyList<string> NetStandard21References
        => Assemblies(Path.Combine(Metadata("NuGetPackageRoot"), "netstandard.library.ref", "2.1.0", "ref", "netstandard2.1"));

    /// <summary>The reference assemblies of net10.0, from the SDK's targeting pack.</summary>
    public static IReadOnlyList<string> Net10References
    {
        get
        {
            var packs = Path.Combine(Metadata("NetCoreTargetingPackRoot"), "Microsoft.NETCore.App.Ref");
            var pack = Path.Combine(packs, Metadata("BundledNETCoreAppPackageVersion"));
            if (!Directory.Exists(pack))
            {
                // The bundled version's pack may be missing where another 10.0 pack is installed.
                pack = Directory.GetDirectories(packs, "10.*").OrderBy(p => Version.TryParse(Path.GetFileName(p).Split('-')[0], out var v) ? v : new Version()).LastOrDefault()
                    ?? throw new InvalidOperationException($"No Microsoft.NETCore.App.Ref 10.x pack under {packs}.");
            }

            return Assemblies(Path.Combine(pack, "ref", "net10.0"));
        }
    }

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    /// <summary>Runs <c>dotnet exec csc.dll</c> with the arguments in a response file, as Unity does.</summary>
    public static ChildProcessResult Compile(string workingDirectory, IEnumerable<string> arguments)
    {
        var rsp = Path.Combine(workingDirectory, "csc.rsp");
        File.WriteAllLines(rsp, arguments.Select(Quote));
        return Run(workingDirectory, Host, ["exec", Csc, "-nologo", "-noconfig", "@" + rsp]);
    }

    public static ChildProcessResult Run(string workingDirectory, string file, IEnumerable<string> arguments)
        => ChildProcess.Run(workingDirectory, file, arguments, timeout: TimeSpan.FromMinutes(5));

    private static string Quote(string argument)
    {
        // A response-file line: an option whose value has spaces quotes the value (-reference:"a b/c.dll").
        var colon = argument.IndexOf(':', StringComparison.Ordinal);
        return !argument.Contains(' ', StringComparison.Ordinal) ? argument
            : argument.StartsWith('-') && colon > 0 ? argument[..(colon + 1)] + "\"" + argument[(colon + 1)..] + "\""
            : "\"" + argument + "\"";
    }

    private static IReadOnlyList<string> Assemblies(string folder)
        => Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.dll").OrderBy(p => p, StringComparer.Ordinal).ToList()
            : throw new InvalidOperationException($"{folder} was not found: restore the test project.");

    private static string Metadata(string key)
    {
        var value = typeof(Sdk).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value;
        return string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"The test project was built without the metadata '{key}'.") : value;
    }
}
