using System.Collections.Generic;
using System.Threading;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Provenance;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Binding;

/// <summary>What every binder of one run shares: the options, the cancellation token, and where findings go.</summary>
internal sealed class BindContext(BindOptions options, CancellationToken cancellationToken)
{
    private readonly string _projectDirectory = PathNormalizer.Normalize(options.ProjectDirectory).TrimEnd('/');

    public BindOptions Options { get; } = options;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public List<DiagnosticInfo> Diagnostics { get; } = [];

    public List<SourceFile> SourceFiles { get; } = [];

    public List<QuoteCheck> Quotes { get; } = [];

    /// <summary>Reports a problem with a node, unless the node was already reported (poisoned) by an earlier stage.</summary>
    public void Report(FactNode node, DiagnosticInfo diagnostic)
    {
        if (!node.IsPoisoned)
        {
            Diagnostics.Add(diagnostic);
        }
    }

    public void Report(DiagnosticInfo diagnostic) => Diagnostics.Add(diagnostic);

    /// <summary>Throws when cancelled; for loops, every 256 iterations.</summary>
    public void CheckCancellation(int iteration)
    {
        if ((iteration & 0xFF) == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>A path as an MSBuild item in the project would name it: relative to the project folder where it can be.</summary>
    public string ProjectRelative(string fullPath)
        => _projectDirectory.Length > 0 && fullPath.StartsWith(_projectDirectory + "/", System.StringComparison.Ordinal)
            ? fullPath.Substring(_projectDirectory.Length + 1)
            : fullPath;

    /// <summary>The C# name of a fact-file name, or null after reporting TF2020.</summary>
    public string? Pascal(FactFileSyntax file, FactScalar node)
    {
        var name = Format.Identifiers.ToPascalCase(node.Value);
        if (name is null)
        {
            Report(node, FactDiagnostics.InvalidName(file.At(node), node.Value));
        }

        return name;
    }
}
