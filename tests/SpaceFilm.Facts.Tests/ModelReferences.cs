using Microsoft.CodeAnalysis;

namespace SpaceFilm.Tests;

/// <summary>What consumer code compiled by the tests references: the framework, the model and the runtime library.</summary>
internal static class ModelReferences
{
    public static readonly MetadataReference[] All = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
        .Append(typeof(Person).Assembly.Location)
        .Append(typeof(TypedFacts.FactKind).Assembly.Location)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();
}
