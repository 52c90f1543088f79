using System.Security.Cryptography;
using TypedFacts.UnityPackage;

// dotnet run --project build/TypedFacts.UnityPackage [-- --output <file.tgz | folder>]
// Writes artifacts/unity/com.typedfacts.<version>.tgz (or the given path): the Unity package, for
// Unity's Package Manager "Add package from tarball".
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--output" or "-o" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--help" or "-h":
            Console.WriteLine("Usage: dotnet run --project build/TypedFacts.UnityPackage [-- --output <file.tgz | folder>]");
            Console.WriteLine("Writes the Unity package (default: artifacts/unity/com.typedfacts.<version>.tgz).");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'; see --help.");
            return 2;
    }
}

try
{
    var inputs = UnityPackageInputs.FromToolOutput();
    var path = output is null
        ? UnityPackageBuilder.DefaultOutputPath(UnityPackageInputs.RepositoryRoot, inputs.Version)
        : Directory.Exists(output) || output.EndsWith('/') || output.EndsWith('\\')
            ? Path.Combine(output, UnityPackageBuilder.FileName(inputs.Version))
            : output;
    path = UnityPackageBuilder.Build(inputs, path);
    var bytes = File.ReadAllBytes(path);
    Console.WriteLine($"{path} ({bytes.Length:N0} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))})");
    return 0;
}
catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException or BadImageFormatException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
