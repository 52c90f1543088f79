using System.Formats.Tar;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;
using Shouldly;
using TypedFacts.Unity.Tests.Infrastructure;
using TypedFacts.UnityPackage;
using Xunit;

namespace TypedFacts.Unity.Tests;

/// <summary>Issue 13: the Unity package's tarball, read back entry by entry.</summary>
[Collection(nameof(UnityPackageFixture))]
public sealed class UnityPackageLayoutTests(UnityPackageFixture package)
{
    private static readonly string[] s_assets =
    [
        "package.json",
        "README.md",
        "Runtime/TypedFacts.dll",
        "Analyzers/TypedFacts.Generator.dll",
        "Analyzers/TypedFacts.YamlDotNet.dll",
    ];

    private static readonly string[] s_folders = ["Analyzers", "Runtime"];

    private Dictionary<string, TarballEntry> Files => package.Entries.ToDictionary(e => e.Name["package/".Length..], StringComparer.Ordinal);

    private MetaFile Meta(string path) => MetaFile.Parse(Files[path + ".meta"].Text);

    [Fact]
    public void TheTarballIsNamedForTheVersionAndHoldsThePackageUnderPackageSlash()
    {
        Path.GetFileName(package.Tarball).ShouldBe($"com.typedfacts.{RepositoryVersion()}.tgz");
        package.Entries.ShouldAllBe(e => e.Name.StartsWith("package/", StringComparison.Ordinal) && e.Type == TarEntryType.RegularFile);
        var expected = s_assets.Concat(s_assets.Select(a => a + ".meta")).Concat(s_folders.Select(f => f + ".meta"))
            .Concat(package.Inputs.License is null ? [] : ["LICENSE", "LICENSE.meta"]);
        Files.Keys.ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void PackageJsonNamesThePackageItsVersionAndTheOldestUnityThatRunsTheGenerator()
    {
        using var json = JsonDocument.Parse(Files["package.json"].Content);
        var root = json.RootElement;
        root.GetProperty("name").GetString().ShouldBe("com.typedfacts");
        root.GetProperty("version").GetString().ShouldBe(RepositoryVersion());
        root.GetProperty("displayName").GetString().ShouldBe("TypedFacts");
        root.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
        root.GetProperty("unity").GetString().ShouldBe("2022.3"); // 2022.3.12 ships Roslyn 4.3 (SPEC 8)
        root.GetProperty("unityRelease").GetString().ShouldBe("12f1");
        root.GetProperty("author").GetProperty("name").GetString().ShouldBe(RepositoryProperty("Directory.Build.props", "Authors"));

        // The same licence and home as the NuGet package.
        root.GetProperty("license").GetString().ShouldBe(RepositoryProperty("src/TypedFacts/TypedFacts.csproj", "PackageLicenseExpression"));
        root.GetProperty("documentationUrl").GetString().ShouldBe(RepositoryProperty("src/TypedFacts/TypedFacts.csproj", "PackageProjectUrl"));
    }

    [Fact]
    public void EveryFileAndFolderHasAMetaAndEveryMetaAnAsset()
    {
        var files = Files.Keys.ToHashSet(StringComparer.Ordinal);
        var assets = files.Where(f => !f.EndsWith(".meta", StringComparison.Ordinal)).ToList();
        var folders = assets.Select(a => Path.GetDirectoryName(a)!.Replace('\\', '/')).Where(f => f.Length > 0).Distinct().ToList();
        folders.ShouldBe(s_folders, ignoreOrder: true);

        foreach (var asset in assets.Concat(folders))
        {
            files.ShouldContain(asset + ".meta");
        }

        foreach (var meta in files.Where(f => f.EndsWith(".meta", StringComparison.Ordinal)))
        {
            var asset = meta[..^".meta".Length];
            (files.Contains(asset) || folders.Contains(asset)).ShouldBeTrue($"{meta} has no asset");
        }

        foreach (var folder in folders)
        {
            var meta = Meta(folder);
            meta.IsFolder.ShouldBeTrue(folder);
            meta.Importer.ShouldBe("DefaultImporter");
        }

        Meta("package.json").Importer.ShouldBe("PackageManifestImporter");
        Meta("README.md").Importer.ShouldBe("TextScriptImporter");
    }

    [Fact]
    public void GuidsAreDeterministicUniqueAndShapedAsUnityWritesThem()
    {
        var metas = Files.Where(f => f.Key.EndsWith(".meta", StringComparison.Ordinal)).ToList();
        var guids = metas.Select(m => MetaFile.Parse(m.Value.Text).Guid).ToList();
        guids.ShouldAllBe(g => g.Length == 32 && g.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c)));
        guids.Distinct(StringComparer.Ordinal).Count().ShouldBe(guids.Count);
        foreach (var (path, entry) in metas)
        {
            MetaFile.Parse(entry.Text).Guid.ShouldBe(UnityMeta.Guid("com.typedfacts", path[..^".meta".Length]));
            entry.Text.ShouldStartWith("fileFormatVersion: 2\nguid: ");
            entry.Text.ShouldNotContain("\r");
        }
    }

    [Theory]
    [InlineData("Analyzers/TypedFacts.Generator.dll")]
    [InlineData("Analyzers/TypedFacts.YamlDotNet.dll")]
    public void AnalyzersAreLabelledRoslynAnalyzerAndExcludedFromEveryPlatformIncludingTheEditor(string path)
    {
        var meta = Meta(path);
        meta.Importer.ShouldBe("PluginImporter");
        meta.Labels.ShouldBe(["RoslynAnalyzer"]);
        meta.Settings["validateReferences"].ShouldBe("0");
        meta.Settings["isPreloaded"].ShouldBe("0");
        meta.AnyPlatform.Enabled.ShouldBeFalse();
        meta.Platforms.ShouldAllBe(p => !p.Enabled);
        meta.Platforms.ShouldContain(p => p.Group == "Editor" && p.Platform == "Editor" && !p.Enabled);

        var exclusions = meta.AnyPlatformExclusions.Settings;
        exclusions["Exclude Editor"].ShouldBe("1");
        foreach (var platform in new[] { "Win", "Win64", "OSXUniversal", "Linux64", "Android", "iOS", "WebGL" })
        {
            exclusions["Exclude " + platform].ShouldBe("1");
        }

        exclusions.Where(e => e.Key.StartsWith("Exclude ", StringComparison.Ordinal)).ShouldAllBe(e => e.Value == "1");
    }

    [Fact]
    public void TheRuntimeIsAPlainPluginOnAnyPlatformTheEditorIncluded()
    {
        var meta = Meta("Runtime/TypedFacts.dll");
        meta.Importer.ShouldBe("PluginImporter");
        meta.Labels.ShouldBeEmpty();
        meta.Settings["isExplicitlyReferenced"].ShouldBe("0"); // auto-referenced by every assembly, as generated code needs
        meta.AnyPlatform.Enabled.ShouldBeTrue();
        meta.AnyPlatformExclusions.Settings.Where(e => e.Key.StartsWith("Exclude ", StringComparison.Ordinal)).ShouldAllBe(e => e.Value == "0");
        meta.Platforms.Single(p => p.Group == "Editor").Enabled.ShouldBeTrue();

        using var pe = new PEReader(new MemoryStream(Files["Runtime/TypedFacts.dll"].Content));
        var metadata = pe.GetMetadataReader();
        metadata.GetString(metadata.GetAssemblyDefinition().Name).ShouldBe("TypedFacts");
        TargetFramework(metadata).ShouldBe(".NETStandard,Version=v2.0");
        Files["Runtime/TypedFacts.dll"].Content.ShouldBe(File.ReadAllBytes(package.Inputs.RuntimeAssembly));
    }

    [Fact]
    public void ThePrivateYamlDotNetHasItsOwnNameAndNoStrongName()
    {
        using var pe = new PEReader(new MemoryStream(Files["Analyzers/TypedFacts.YamlDotNet.dll"].Content));
        var metadata = pe.GetMetadataReader();
        var assembly = metadata.GetAssemblyDefinition();
        metadata.GetString(assembly.Name).ShouldBe("TypedFacts.YamlDotNet");
        metadata.GetString(metadata.GetModuleDefinition().Name).ShouldBe("TypedFacts.YamlDotNet.dll");
        assembly.PublicKey.IsNil.ShouldBeTrue();
        (assembly.Flags & AssemblyFlags.PublicKey).ShouldBe((AssemblyFlags)0);
        (pe.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned).ShouldBe((CorFlags)0);

        // Only the identity changed: the same version and the same types as the YamlDotNet the generator was built against.
        using var original = new PEReader(File.OpenRead(package.OriginalYamlDotNet));
        var originalMetadata = original.GetMetadataReader();
        originalMetadata.GetString(originalMetadata.GetAssemblyDefinition().Name).ShouldBe("YamlDotNet");
        assembly.Version.ShouldBe(originalMetadata.GetAssemblyDefinition().Version);
        TypeNames(metadata).ShouldBe(TypeNames(originalMetadata));
    }

    [Fact]
    public void TheGeneratorReferencesThePrivateYamlDotNetAndNothingElseChanged()
    {
        using var pe = new PEReader(new MemoryStream(Files["Analyzers/TypedFacts.Generator.dll"].Content));
        var metadata = pe.GetMetadataReader();
        metadata.GetString(metadata.GetAssemblyDefinition().Name).ShouldBe("TypedFacts.Generator"); // Unity matches additional files by this name
        var references = References(metadata);
        references.Keys.ShouldNotContain("YamlDotNet");
        var yaml = metadata.GetAssemblyReference(references["TypedFacts.YamlDotNet"]);
        yaml.PublicKeyOrToken.IsNil.ShouldBeTrue();

        using var original = new PEReader(File.OpenRead(package.Inputs.GeneratorAssembly));
        var originalMetadata = original.GetMetadataReader();
        var originalReferences = References(originalMetadata);
        originalMetadata.GetAssemblyReference(originalReferences["YamlDotNet"]).PublicKeyOrToken.IsNil.ShouldBeFalse();
        yaml.Version.ShouldBe(originalMetadata.GetAssemblyReference(originalReferences["YamlDotNet"]).Version);
        references.Keys.Where(k => k != "TypedFacts.YamlDotNet").ShouldBe(originalReferences.Keys.Where(k => k != "YamlDotNet"), ignoreOrder: true);

        // Still the Roslyn 4.3 generator (SPEC 8), with its symbols embedded.
        metadata.GetAssemblyReference(references["Microsoft.CodeAnalysis"]).Version.ShouldBe(new Version(4, 3, 0, 0));
        pe.ReadDebugDirectory().ShouldContain(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        TypeNames(metadata).ShouldBe(TypeNames(originalMetadata));
    }

    [Fact]
    public void TheReadmeTellsTheFileNamesAndWhereOptionsGo()
    {
        var readme = Files["README.md"].Text;
        readme.ShouldContain("Facts.TypedFacts.Generator.additionalfile");
        readme.ShouldContain("Assets/Default.globalconfig");
        readme.ShouldContain(".asmdef");
        readme.ShouldContain("build_property.TypedFactsNamespace");
    }

    [Fact]
    public void TwoBuildsAreByteIdenticalAndEntriesCarryNoTimeOrOwnerOfTheMachine()
    {
        var folder = package.Folder("determinism");
        var first = UnityPackageBuilder.Build(package.Inputs, Path.Combine(folder, "a", "p.tgz"));
        var second = UnityPackageBuilder.Build(package.Inputs, Path.Combine(folder, "b", "p.tgz"));
        File.ReadAllBytes(second).ShouldBe(File.ReadAllBytes(first));
        File.ReadAllBytes(first).ShouldBe(File.ReadAllBytes(package.Tarball));

        package.Entries.Select(e => e.Name).ShouldBe(package.Entries.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal));
        package.Entries.ShouldAllBe(e => e.ModificationTime == UnityPackageBuilder.EntryTime && e.Uid == 0 && e.Gid == 0 && e.UserName == "" && e.GroupName == "");
        package.Entries.ShouldAllBe(e => e.Mode == (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead));
    }

    [Fact]
    public void TheCommandWritesTheSameTarballNamedForTheVersion()
    {
        // The tool as `dotnet run --project build/TypedFacts.UnityPackage` runs it, with its output option.
        var folder = package.Folder("command") + Path.DirectorySeparatorChar;
        var tool = Path.Combine(AppContext.BaseDirectory, "TypedFacts.UnityPackage.dll");

        var result = Sdk.Run(folder, Sdk.Host, [tool, "--output", folder]);

        result.ExitCode.ShouldBe(0, result.ToString());
        var written = Path.Combine(folder, $"com.typedfacts.{RepositoryVersion()}.tgz");
        result.Output.ShouldContain(written);
        File.ReadAllBytes(written).ShouldBe(File.ReadAllBytes(package.Tarball));
        UnityPackageBuilder.DefaultOutputPath(Sdk.RepositoryRoot, "1.2.3").ShouldBe(Path.Combine(Sdk.RepositoryRoot, "artifacts", "unity", "com.typedfacts.1.2.3.tgz"));
    }

    private static Dictionary<string, AssemblyReferenceHandle> References(MetadataReader metadata)
        => metadata.AssemblyReferences.ToDictionary(h => metadata.GetString(metadata.GetAssemblyReference(h).Name), h => h, StringComparer.Ordinal);

    private static List<string> TypeNames(MetadataReader metadata)
        => metadata.TypeDefinitions.Select(h => metadata.GetTypeDefinition(h)).Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name)).Order(StringComparer.Ordinal).ToList();

    private static string? TargetFramework(MetadataReader metadata)
    {
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind == HandleKind.MemberReference
                && metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                && metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name) == "TargetFrameworkAttribute")
            {
                var blob = metadata.GetBlobReader(attribute.Value);
                blob.ReadUInt16(); // prolog
                return blob.ReadSerializedString();
            }
        }

        return null;
    }

    private static string RepositoryVersion() => RepositoryProperty("Directory.Build.props", "Version");

    private static string RepositoryProperty(string file, string property)
        => XDocument.Load(Path.Combine(Sdk.RepositoryRoot, file)).Descendants(property).Single().Value.Trim();
}
