using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedFacts.Generator.Pipeline;

/// <summary>
/// What the generated code may use in the consuming compilation, reduced to small values at
/// once so that the pipeline never holds or compares a <see cref="Compilation"/>.
/// </summary>
public sealed record TargetInfo(int LanguageVersion, bool HasDateOnly, bool HasMaybeNullWhen, bool HasRuntime)
{
    public static TargetInfo From(Compilation compilation)
    {
        var version = compilation is CSharpCompilation csharp ? (int)csharp.LanguageVersion.MapSpecifiedToEffectiveVersion() / 100 : 7;
        return new TargetInfo(
            version,
            IsUsable(compilation, "System.DateOnly"),
            IsUsable(compilation, "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute"),
            IsUsable(compilation, "TypedFacts.FactKind"));
    }

    private static bool IsUsable(Compilation compilation, string metadataName)
        => compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
}
