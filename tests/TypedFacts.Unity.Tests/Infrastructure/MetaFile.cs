namespace TypedFacts.Unity.Tests.Infrastructure;

/// <summary>One section of a plugin's <c>platformData</c>: <c>first: {Group: Platform}</c>, <c>second: {enabled, settings}</c>.</summary>
public sealed record PlatformSection(string Group, string Platform, bool Enabled, IReadOnlyDictionary<string, string> Settings);

/// <summary>
/// A Unity <c>.meta</c> file, read as Unity's YAML subset is laid out (two-space indents, <c>- first:</c> /
/// <c>second:</c> pairs), which a general YAML reader does not take: "Any Platform" is a key with an empty name.
/// </summary>
public sealed class MetaFile
{
    private MetaFile(string text)
    {
        Text = text;
        var lines = text.Split('\n');
        Importer = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("guid: ", StringComparison.Ordinal))
            {
                Guid = line["guid: ".Length..];
            }
            else if (line == "labels:")
            {
                while (i + 1 < lines.Length && lines[i + 1].StartsWith("- ", StringComparison.Ordinal))
                {
                    Labels.Add(lines[++i][2..]);
                }
            }
            else if (line == "folderAsset: yes")
            {
                IsFolder = true;
            }
            else if (line.Length > 0 && line[0] != ' ' && line.EndsWith(':') && line != "labels:")
            {
                Importer = line[..^1];
            }
            else if (line == "  platformData:")
            {
                while (i + 1 < lines.Length && lines[i + 1] == "  - first:")
                {
                    i += 2;
                    var key = lines[i].Trim();
                    var colon = key.IndexOf(':', StringComparison.Ordinal);
                    var group = key[..colon].Trim();
                    var platform = key[(colon + 1)..].Trim();
                    i += 2; // "    second:", then "      enabled: N"
                    var enabled = lines[i].Trim() == "enabled: 1";
                    var settings = new Dictionary<string, string>(StringComparer.Ordinal);
                    i++;
                    if (lines[i].Trim() == "settings:")
                    {
                        while (i + 1 < lines.Length && lines[i + 1].StartsWith("        ", StringComparison.Ordinal))
                        {
                            var setting = lines[++i].Trim();
                            var split = setting.IndexOf(": ", StringComparison.Ordinal);
                            settings[setting[..split]] = setting[(split + 2)..];
                        }
                    }

                    Platforms.Add(new PlatformSection(group, platform, enabled, settings));
                }
            }
            else if (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal) && line.Contains(':', StringComparison.Ordinal))
            {
                var split = line.IndexOf(':', StringComparison.Ordinal);
                Settings[line[2..split]] = line[(split + 1)..].Trim();
            }
        }
    }

    public string Text { get; }

    public string Guid { get; } = string.Empty;

    public List<string> Labels { get; } = [];

    public bool IsFolder { get; }

    /// <summary>The importer: PluginImporter, DefaultImporter, TextScriptImporter, PackageManifestImporter.</summary>
    public string Importer { get; }

    /// <summary>The importer's own scalar settings (validateReferences, isExplicitlyReferenced, ...).</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    public List<PlatformSection> Platforms { get; } = [];

    /// <summary>"Any Platform": the section keyed <c>Any:</c> (its enabled flag).</summary>
    public PlatformSection AnyPlatform => Platforms.Single(p => p.Group == "Any" && p.Platform.Length == 0);

    /// <summary>The exclusions under Any Platform: the section keyed <c>: Any</c>.</summary>
    public PlatformSection AnyPlatformExclusions => Platforms.Single(p => p.Group.Length == 0 && p.Platform == "Any");

    public static MetaFile Parse(string text) => new(text.Replace("\r\n", "\n", StringComparison.Ordinal));
}
