using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace TypedFacts.Generator.Tests.Infrastructure;

/// <summary>Reference assemblies for compile tests.</summary>
public static class References
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_net100 = new(LoadNet100);

    public static IEnumerable<MetadataReference> NetStandard20 => ReferenceAssemblies.NetStandard20;

    /// <summary>
    /// net10.0: the SDK's own reference pack (Basic.Reference.Assemblies 1.8.15, the newest
    /// version in reach, stops at net8.0). It is there wherever the .NET 10 SDK is.
    /// </summary>
    public static IEnumerable<MetadataReference> Net100 => s_net100.Value;

    private static IReadOnlyList<MetadataReference> LoadNet100()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var pack = Directory.Exists(packs)
            ? Directory.GetDirectories(packs, "10.*").OrderBy(p => Version.TryParse(Path.GetFileName(p).Split('-')[0], out var v) ? v : new Version()).LastOrDefault()
            : null;
        var folder = pack is null ? null : Path.Combine(pack, "ref", "net10.0");
        if (folder is null || !Directory.Exists(folder))
        {
            throw new InvalidOperationException("The net10.0 reference pack was not found under " + packs);
        }

        return Directory.GetFiles(folder, "*.dll").OrderBy(p => p, StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }
}
