using Microsoft.CodeAnalysis;

namespace TypedFacts.Generator.Tests.Infrastructure;

/// <summary>The one target these tests compile for: the harness's default.</summary>
public enum TargetFramework
{
    Net100,
}

/// <summary>
/// Reference assemblies without Basic.Reference.Assemblies (whose 1.8 releases need Roslyn 4.11):
/// the SDK's own net10.0 reference pack.
/// </summary>
public static class References
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_net100 = new(LoadNet100);

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(TypedFacts.FactKind).Assembly.Location);

    public static IEnumerable<MetadataReference> For(TargetFramework framework) => s_net100.Value;

    private static IReadOnlyList<MetadataReference> LoadNet100()
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        var folder = Directory.GetDirectories(packs, "10.*")
            .OrderBy(p => Version.TryParse(Path.GetFileName(p).Split('-')[0], out var v) ? v : new Version())
            .Select(p => Path.Combine(p, "ref", "net10.0"))
            .LastOrDefault(Directory.Exists) ?? throw new InvalidOperationException("The net10.0 reference pack was not found under " + packs);
        return Directory.GetFiles(folder, "*.dll").OrderBy(p => p, StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }
}
