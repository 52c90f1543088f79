using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace TypedFacts.UnityPackage;

/// <summary>One file of the package, by its path inside the package folder (forward slashes).</summary>
public sealed record PackageFile(string Path, byte[] Content);

/// <summary>
/// Writes the Unity package <c>com.typedfacts.&lt;version&gt;.tgz</c>, installable with the Package Manager's
/// "Add package from tarball": an npm-style tarball whose entries all lie under <c>package/</c>.
/// <list type="bullet">
/// <item><c>Runtime/TypedFacts.dll</c>: the runtime library, a plain plugin on every platform;</item>
/// <item><c>Analyzers/TypedFacts.Generator.dll</c> and <c>Analyzers/TypedFacts.YamlDotNet.dll</c>: the generator
/// and its private copy of YamlDotNet, labelled <c>RoslynAnalyzer</c> and excluded from every platform;</item>
/// <item><c>package.json</c>, <c>README.md</c>, <c>LICENSE</c> when the repository has one, and a <c>.meta</c>
/// for every file and folder, with GUIDs derived from the paths.</item>
/// </list>
/// The same inputs give the same bytes: sorted entries, fixed times, owners and modes.
/// </summary>
public static class UnityPackageBuilder
{
    public const string PackageName = "com.typedfacts";

    /// <summary>The name of the generator's private copy of YamlDotNet (assembly, module and file).</summary>
    public const string PrivateYamlDotNet = "TypedFacts.YamlDotNet";

    public const string RuntimeFolder = "Runtime";

    public const string AnalyzersFolder = "Analyzers";

    /// <summary>The oldest Unity that runs the generator: 2022.3.12 ships Roslyn 4.3 (SPEC 8).</summary>
    public const string MinimumUnity = "2022.3";

    public const string MinimumUnityRelease = "12f1";

    /// <summary>Every entry's modification time: npm's fixed date for reproducible tarballs.</summary>
    public static readonly DateTimeOffset EntryTime = new(1985, 10, 26, 8, 15, 0, TimeSpan.Zero);

    public static string FileName(string version) => $"{PackageName}.{version}.tgz";

    /// <summary><c>artifacts/unity/com.typedfacts.&lt;version&gt;.tgz</c> under the repository root.</summary>
    public static string DefaultOutputPath(string repositoryRoot, string version)
        => Path.Combine(repositoryRoot, "artifacts", "unity", FileName(version));

    /// <summary>Writes the tarball to <paramref name="outputPath"/> (its folder is created) and returns its full path.</summary>
    public static string Build(UnityPackageInputs inputs, string outputPath)
    {
        var files = Files(inputs);
        var fullPath = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        using var output = new MemoryStream();
        WriteTarball(files, output);
        File.WriteAllBytes(fullPath, output.ToArray());
        return fullPath;
    }

    /// <summary>The package's files, .meta files included, in the order of the tarball.</summary>
    public static IReadOnlyList<PackageFile> Files(UnityPackageInputs inputs)
    {
        inputs.Validate();
        var assets = new List<PackageFile>
        {
            new("package.json", Utf8(PackageJson(inputs))),
            new("README.md", File.ReadAllBytes(inputs.Readme)),
            new($"{RuntimeFolder}/TypedFacts.dll", File.ReadAllBytes(inputs.RuntimeAssembly)),
            new($"{AnalyzersFolder}/TypedFacts.Generator.dll", AssemblyRenamer.RetargetReference(File.ReadAllBytes(inputs.GeneratorAssembly), "YamlDotNet", PrivateYamlDotNet)),
            new($"{AnalyzersFolder}/{PrivateYamlDotNet}.dll", AssemblyRenamer.Rename(File.ReadAllBytes(inputs.YamlDotNetAssembly), PrivateYamlDotNet)),
        };
        if (inputs.License is not null)
        {
            assets.Add(new PackageFile("LICENSE", File.ReadAllBytes(inputs.License)));
        }

        var files = new List<PackageFile>(assets);
        foreach (var asset in assets)
        {
            files.Add(new PackageFile(asset.Path + ".meta", Utf8(MetaFor(asset.Path))));
        }

        foreach (var folder in assets.Select(a => Path.GetDirectoryName(a.Path)!.Replace('\\', '/')).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal))
        {
            files.Add(new PackageFile(folder + ".meta", Utf8(UnityMeta.Folder(UnityMeta.Guid(PackageName, folder)))));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>The importer settings of an asset of the package, by its path.</summary>
    public static string MetaFor(string assetPath)
    {
        var guid = UnityMeta.Guid(PackageName, assetPath);
        return assetPath switch
        {
            "package.json" => UnityMeta.PackageManifest(guid),
            _ when assetPath.StartsWith(AnalyzersFolder + "/", StringComparison.Ordinal) && assetPath.EndsWith(".dll", StringComparison.Ordinal) => UnityMeta.Analyzer(guid),
            _ when assetPath.EndsWith(".dll", StringComparison.Ordinal) => UnityMeta.RuntimePlugin(guid),
            _ when assetPath.EndsWith(".md", StringComparison.Ordinal) => UnityMeta.TextAsset(guid),
            _ => UnityMeta.Default(guid),
        };
    }

    /// <summary>The package manifest (Unity's package.json): name, version, the oldest Unity it supports, and who made it.</summary>
    public static string PackageJson(UnityPackageInputs inputs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("name", PackageName);
            json.WriteString("version", inputs.Version);
            json.WriteString("displayName", "TypedFacts");
            json.WriteString("description", "Typed C# from curated YAML fact files: a Roslyn source generator that turns Facts.TypedFacts.Generator.additionalfile into records, enums, constants and the evidence behind every fact, each quote checked against its source text at compile time; with the small runtime library every generated model uses.");
            json.WriteString("unity", MinimumUnity);
            json.WriteString("unityRelease", MinimumUnityRelease);
            if (inputs.ProjectUrl is not null)
            {
                json.WriteString("documentationUrl", inputs.ProjectUrl);
            }

            if (inputs.LicenseExpression is not null)
            {
                json.WriteString("license", inputs.LicenseExpression);
            }

            json.WriteStartArray("keywords");
            foreach (var keyword in new[] { "source-generator", "roslyn", "yaml", "facts", "codegen", "provenance" })
            {
                json.WriteStringValue(keyword);
            }

            json.WriteEndArray();
            json.WriteStartObject("author");
            json.WriteString("name", inputs.Author);
            if (inputs.ProjectUrl is not null)
            {
                json.WriteString("url", inputs.ProjectUrl);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>
    /// A gzipped ustar archive of the files under <c>package/</c>, as npm packs one: regular-file entries only
    /// (folders are implied), mode 0644, owner 0:0 with no names, one fixed modification time.
    /// </summary>
    public static void WriteTarball(IEnumerable<PackageFile> files, Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var tar = new TarWriter(gzip, TarEntryFormat.Ustar, leaveOpen: true);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            using var content = new MemoryStream(file.Content, writable: false);
            tar.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, "package/" + file.Path)
            {
                DataStream = content,
                ModificationTime = EntryTime,
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
                Uid = 0,
                Gid = 0,
                UserName = string.Empty,
                GroupName = string.Empty,
            });
        }
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
}
