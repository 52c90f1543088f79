using System.Formats.Tar;
using System.IO.Compression;
using TypedFacts.UnityPackage;
using Xunit;

namespace TypedFacts.Unity.Tests.Infrastructure;

/// <summary>One entry of the tarball, as read back.</summary>
public sealed record TarballEntry(string Name, TarEntryType Type, byte[] Content, DateTimeOffset ModificationTime, UnixFileMode Mode, int Uid, int Gid, string UserName, string GroupName)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);
}

/// <summary>
/// Builds the Unity package once per run, with the builder the tarball command uses, into a private folder; reads its
/// entries back and extracts it where Unity would (a project's Library/PackageCache).
/// </summary>
public sealed class UnityPackageFixture : IDisposable
{
    public UnityPackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), $"typedfacts-unity-tests-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
        Inputs = UnityPackageInputs.FromToolOutput();
        Tarball = UnityPackageBuilder.Build(Inputs, Path.Combine(Root, "out", UnityPackageBuilder.FileName(Inputs.Version)));
        Entries = Read(Tarball);

        var cache = Path.Combine(Root, "PackageCache");
        Directory.CreateDirectory(cache);
        using (var file = File.OpenRead(Tarball))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        {
            TarFile.ExtractToDirectory(gzip, cache, overwriteFiles: false);
        }

        Package = Path.Combine(cache, "package");
    }

    public string Root { get; }

    public UnityPackageInputs Inputs { get; }

    /// <summary>The .tgz, as "Add package from tarball" takes it.</summary>
    public string Tarball { get; }

    public IReadOnlyList<TarballEntry> Entries { get; }

    /// <summary>The extracted package folder (the tarball's <c>package/</c>).</summary>
    public string Package { get; }

    public string GeneratorAnalyzer => Path.Combine(Package, "Analyzers", "TypedFacts.Generator.dll");

    public string YamlDotNetAnalyzer => Path.Combine(Package, "Analyzers", UnityPackageBuilder.PrivateYamlDotNet + ".dll");

    public string RuntimePlugin => Path.Combine(Package, "Runtime", "TypedFacts.dll");

    /// <summary>The YamlDotNet the generator was built against, straight from NuGet: what a game's own YamlDotNet plugin is.</summary>
    public string OriginalYamlDotNet => Inputs.YamlDotNetAssembly;

    /// <summary>A new empty folder for one test.</summary>
    public string Folder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static IReadOnlyList<TarballEntry> Read(string tarball)
    {
        var entries = new List<TarballEntry>();
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            var content = new MemoryStream();
            entry.DataStream?.CopyTo(content);
            var posix = entry as PosixTarEntry;
            entries.Add(new TarballEntry(entry.Name, entry.EntryType, content.ToArray(), entry.ModificationTime, entry.Mode, entry.Uid, entry.Gid, posix?.UserName ?? "", posix?.GroupName ?? ""));
        }

        return entries;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("TYPEDFACTS_KEEP_UNITY_TESTS") is null)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

[CollectionDefinition(nameof(UnityPackageFixture))]
public sealed class UnityPackageCollection : ICollectionFixture<UnityPackageFixture>;
