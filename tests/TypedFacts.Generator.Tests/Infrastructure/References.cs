using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace TypedFacts.Generator.Tests.Infrastructure;

/// <summary>The targets generated code compiles for (SPEC 8).</summary>
public enum TargetFramework
{
    NetStandard20,

    /// <summary>Unity's API compatibility level ".NET Standard 2.1".</summary>
    NetStandard21,

    /// <summary>The oldest .NET Framework the generated code supports (Array.Empty came with 4.6).</summary>
    NetFramework462,

    /// <summary>Unity's API compatibility level ".NET Framework" (4.8).</summary>
    NetFramework48,

    Net100,
}

/// <summary>Reference assemblies for compile tests.</summary>
public static class References
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_net100 = new(LoadNet100);
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_netStandard21 = new(() => Folder(Package("netstandard.library.ref/2.1.0/ref/netstandard2.1")));
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_net48 = new(() => NetFramework("microsoft.netframework.referenceassemblies.net48/1.0.3/build/.NETFramework/v4.8"));
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_net462 = new(() => NetFramework("microsoft.netframework.referenceassemblies.net462/1.0.3/build/.NETFramework/v4.6.2"));

    /// <summary>The runtime library (netstandard2.0), which every consumer of generated code references.</summary>
    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(TypedFacts.FactKind).Assembly.Location);

    public static IEnumerable<MetadataReference> For(TargetFramework framework) => framework switch
    {
        TargetFramework.NetStandard20 => ReferenceAssemblies.NetStandard20,
        TargetFramework.NetStandard21 => s_netStandard21.Value,
        TargetFramework.NetFramework462 => s_net462.Value,
        TargetFramework.NetFramework48 => s_net48.Value,
        _ => s_net100.Value,
    };

    public static IEnumerable<MetadataReference> NetStandard20 => ReferenceAssemblies.NetStandard20;

    /// <summary>
    /// net10.0: the SDK's own reference pack (Basic.Reference.Assemblies 1.8.15, the newest
    /// version in reach, stops at net8.0). It is there wherever the .NET 10 SDK is.
    /// </summary>
    public static IEnumerable<MetadataReference> Net100 => s_net100.Value;

    private static IReadOnlyList<MetadataReference> LoadNet100()
    {
        var packs = Path.Combine(DotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var pack = Directory.Exists(packs)
            ? Directory.GetDirectories(packs, "10.*").OrderBy(p => Version.TryParse(Path.GetFileName(p).Split('-')[0], out var v) ? v : new Version()).LastOrDefault()
            : null;
        var folder = pack is null ? null : Path.Combine(pack, "ref", "net10.0");
        if (folder is null || !Directory.Exists(folder))
        {
            throw new InvalidOperationException("The net10.0 reference pack was not found under " + packs);
        }

        return Folder(folder);
    }

    /// <summary>
    /// A .NET Framework reference set with its facades, plus the SDK's netstandard.dll facade
    /// for 4.6.1 to 4.7, which the SDK itself adds when such a project uses a netstandard2.0
    /// library (as every consumer uses TypedFacts.dll).
    /// </summary>
    private static IReadOnlyList<MetadataReference> NetFramework(string relative)
    {
        var folder = Package(relative);
        var references = Folder(folder).Concat(Folder(Path.Combine(folder, "Facades"))).ToList();
        if (!File.Exists(Path.Combine(folder, "Facades", "netstandard.dll")))
        {
            var facade = Directory.GetDirectories(Path.Combine(DotnetRoot, "sdk"))
                .Select(sdk => Path.Combine(sdk, "Microsoft", "Microsoft.NET.Build.Extensions", "net461", "lib", "netstandard.dll"))
                .LastOrDefault(File.Exists) ?? throw new InvalidOperationException("The SDK's netstandard.dll facade for .NET Framework was not found.");
            references.Add(MetadataReference.CreateFromFile(facade));
        }

        return references;
    }

    /// <summary>A folder of a package the test project downloads (PackageDownload in its project file).</summary>
    private static string Package(string relative)
    {
        var root = typeof(References).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
        var folder = Path.Combine(root, relative);
        return Directory.Exists(folder) ? folder : throw new InvalidOperationException($"{folder} was not found: restore the test project.");
    }

    private static string DotnetRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    /// <summary>The assemblies of a folder (.NET Framework's also holds a native DLL and a module).</summary>
    private static IReadOnlyList<MetadataReference> Folder(string folder)
        => Directory.GetFiles(folder, "*.dll").Where(IsManaged).OrderBy(p => p, StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();

    private static bool IsManaged(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.HasMetadata && System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader).IsAssembly;
    }
}
