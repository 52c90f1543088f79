using System.Reflection;

namespace TypedFacts.UnityPackage;

/// <summary>What the Unity package is made of: the built assemblies, the package's readme and its metadata.</summary>
/// <param name="Version">The package version, the repository's <c>Version</c> (Directory.Build.props).</param>
/// <param name="RuntimeAssembly">TypedFacts.dll (netstandard2.0), shipped as a plain plugin.</param>
/// <param name="GeneratorAssembly">TypedFacts.Generator.dll, shipped as a Roslyn analyzer.</param>
/// <param name="YamlDotNetAssembly">YamlDotNet.dll as the generator was built against it; the package carries a renamed copy.</param>
/// <param name="Readme">The package's README.md.</param>
/// <param name="License">The repository's LICENSE file, when it has one.</param>
/// <param name="Author">package.json's author name.</param>
/// <param name="LicenseExpression">package.json's license (an SPDX expression), or null for none.</param>
/// <param name="ProjectUrl">package.json's documentationUrl and author url, or null for none.</param>
public sealed record UnityPackageInputs(
    string Version,
    string RuntimeAssembly,
    string GeneratorAssembly,
    string YamlDotNetAssembly,
    string Readme,
    string? License,
    string Author,
    string? LicenseExpression,
    string? ProjectUrl)
{
    /// <summary>The folder beside this tool's assembly that its build fills (the project file's CollectUnityPackageInputs).</summary>
    public static string InputsFolder => Path.Combine(AppContext.BaseDirectory, "unity-inputs");

    /// <summary>The repository the tool was built in (for the default output, artifacts/unity).</summary>
    public static string RepositoryRoot => Metadata("TypedFacts.RepositoryRoot");

    /// <summary>The inputs as this tool's build laid them out, with the metadata of the repository it was built in.</summary>
    public static UnityPackageInputs FromToolOutput(string? folder = null)
    {
        folder ??= InputsFolder;
        var license = Path.Combine(folder, "LICENSE");
        var inputs = new UnityPackageInputs(
            Metadata("TypedFacts.Version"),
            Path.Combine(folder, "runtime", "TypedFacts.dll"),
            Path.Combine(folder, "analyzers", "TypedFacts.Generator.dll"),
            Path.Combine(folder, "analyzers", "YamlDotNet.dll"),
            Path.Combine(folder, "README.md"),
            File.Exists(license) ? license : null,
            Metadata("TypedFacts.Authors"),
            NullIfEmpty(Metadata("TypedFacts.License")),
            NullIfEmpty(Metadata("TypedFacts.ProjectUrl")));
        inputs.Validate();
        return inputs;
    }

    /// <summary>Throws when an input file is missing, naming it.</summary>
    public void Validate()
    {
        foreach (var path in new[] { RuntimeAssembly, GeneratorAssembly, YamlDotNetAssembly, Readme }.Concat(License is null ? [] : [License]))
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"An input of the Unity package is missing: {path} (build build/TypedFacts.UnityPackage first).", path);
            }
        }

        if (string.IsNullOrWhiteSpace(Version))
        {
            throw new InvalidOperationException("The package version is empty.");
        }
    }

    private static string Metadata(string key)
        => typeof(UnityPackageInputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException($"The tool was built without the assembly metadata '{key}'.");

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
