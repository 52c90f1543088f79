using TypedFacts.Testing;

namespace TypedFacts.Package.Tests;

/// <summary>Runs the dotnet CLI in a folder, as a user would, with a clean MSBuild environment.</summary>
public static class DotNet
{
    public static ChildProcessResult Run(string workingDirectory, string arguments, IReadOnlyDictionary<string, string>? environment = null)
        => ChildProcess.Run(workingDirectory, "dotnet", arguments, environment);
}
