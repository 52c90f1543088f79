using System.Security.Cryptography;
using System.Text;

namespace TypedFacts.UnityPackage;

/// <summary>
/// The <c>.meta</c> files Unity needs beside every file and folder of a package (a package is read-only in a
/// project: Unity cannot write missing ones). Layouts as Unity 2022.3 writes them (PluginImporter
/// <c>serializedVersion: 2</c>, which Unity 6 upgrades in memory).
/// </summary>
public static class UnityMeta
{
    /// <summary>
    /// The platforms a plugin can be excluded from under "Any Platform", as Unity names them in a .meta file.
    /// An analyzer is excluded from all of them and Any Platform is off, so Unity never loads it as a plugin
    /// (not in the Editor either) and never copies it into a player.
    /// </summary>
    public static readonly IReadOnlyList<string> Platforms =
    [
        "Android", "CloudRendering", "Editor", "EmbeddedLinux", "GameCoreScarlett", "GameCoreXboxOne", "Linux64",
        "OSXUniversal", "PS4", "PS5", "QNX", "Switch", "VisionOS", "WebGL", "Win", "Win64", "WindowsStoreApps",
        "XboxOne", "iOS", "tvOS",
    ];

    /// <summary>The per-platform sections of a plugin's importer settings: the Editor and the desktop players.</summary>
    private static readonly (string Group, string Platform)[] s_platformSections =
    [
        ("Editor", "Editor"), ("Standalone", "Linux64"), ("Standalone", "OSXUniversal"), ("Standalone", "Win"), ("Standalone", "Win64"),
    ];

    /// <summary>
    /// A deterministic asset GUID: the first 16 bytes of SHA-256 of the package name and the asset's path in the
    /// package, as 32 lowercase hex digits. Stable across builds, so references to the assets survive an update.
    /// </summary>
    public static string Guid(string packageName, string assetPath)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(packageName + "/" + assetPath)).AsSpan(0, 16));

    public static string Folder(string guid) => $$"""
        fileFormatVersion: 2
        guid: {{guid}}
        folderAsset: yes
        DefaultImporter:
          externalObjects: {}
          userData:
          assetBundleName:
          assetBundleVariant:

        """;

    public static string PackageManifest(string guid) => $$"""
        fileFormatVersion: 2
        guid: {{guid}}
        PackageManifestImporter:
          externalObjects: {}
          userData:
          assetBundleName:
          assetBundleVariant:

        """;

    public static string TextAsset(string guid) => $$"""
        fileFormatVersion: 2
        guid: {{guid}}
        TextScriptImporter:
          externalObjects: {}
          userData:
          assetBundleName:
          assetBundleVariant:

        """;

    public static string Default(string guid) => $$"""
        fileFormatVersion: 2
        guid: {{guid}}
        DefaultImporter:
          externalObjects: {}
          userData:
          assetBundleName:
          assetBundleVariant:

        """;

    /// <summary>A managed plugin every assembly references, loaded on every platform, the Editor included.</summary>
    public static string RuntimePlugin(string guid) => Plugin(guid, label: null, enabled: true, validateReferences: true);

    /// <summary>
    /// A Roslyn analyzer or source generator (Unity's manual, "Install and use an existing analyzer or source
    /// generator"): the <c>RoslynAnalyzer</c> label, Any Platform off, excluded from every platform including the
    /// Editor, and no reference validation (it references Roslyn, which no Unity assembly does).
    /// </summary>
    public static string Analyzer(string guid) => Plugin(guid, label: "RoslynAnalyzer", enabled: false, validateReferences: false);

    private static string Plugin(string guid, string? label, bool enabled, bool validateReferences)
    {
        var on = enabled ? 1 : 0;
        var text = new StringBuilder();
        text.Append("fileFormatVersion: 2\n");
        text.Append("guid: ").Append(guid).Append('\n');
        if (label is not null)
        {
            text.Append("labels:\n- ").Append(label).Append('\n');
        }

        text.Append("PluginImporter:\n");
        text.Append("  externalObjects: {}\n");
        text.Append("  serializedVersion: 2\n");
        text.Append("  iconMap: {}\n");
        text.Append("  executionOrder: {}\n");
        text.Append("  defineConstraints: []\n");
        text.Append("  isPreloaded: 0\n");
        text.Append("  isOverridable: 0\n");
        text.Append("  isExplicitlyReferenced: 0\n");
        text.Append("  validateReferences: ").Append(validateReferences ? 1 : 0).Append('\n');
        text.Append("  platformData:\n");

        // "Any Platform", with its exclusions: none for a runtime plugin, every platform for an analyzer.
        text.Append("  - first:\n      : Any\n    second:\n      enabled: 0\n      settings:\n");
        foreach (var platform in Platforms)
        {
            text.Append("        Exclude ").Append(platform).Append(": ").Append(1 - on).Append('\n');
        }

        text.Append("  - first:\n      Any:\n    second:\n      enabled: ").Append(on).Append("\n      settings: {}\n");
        foreach (var (group, platform) in s_platformSections)
        {
            text.Append("  - first:\n      ").Append(group).Append(": ").Append(platform).Append("\n    second:\n      enabled: ").Append(on).Append('\n');
            text.Append("      settings:\n");
            if (group == "Editor")
            {
                text.Append("        CPU: AnyCPU\n        DefaultValueInitialized: true\n        OS: AnyOS\n");
            }
            else
            {
                text.Append("        CPU: ").Append(enabled ? "AnyCPU" : "None").Append('\n');
            }
        }

        text.Append("  userData:\n");
        text.Append("  assetBundleName:\n");
        text.Append("  assetBundleVariant:\n");
        return text.ToString();
    }
}
