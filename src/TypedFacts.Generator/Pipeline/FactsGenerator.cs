using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Provenance;

namespace TypedFacts.Generator.Pipeline;

/// <summary>
/// Turns YAML fact files (AdditionalFiles) into typed C#. This file is only the wiring of the
/// stages (see docs/architecture.md):
/// <list type="number">
/// <item>each AdditionalFile is classified; fact files are read and parsed on their own
/// (<c>Yaml/</c>, <c>Syntax/</c>), so an edit to one re-parses that file alone;</item>
/// <item>all parsed files are bound together (<c>Binding/</c>): kinds, enums and references cross files;</item>
/// <item>each generated file is emitted on its own (<c>Emit/</c>) from a position-free
/// <c>Model/</c>, so an edit that leaves a file's model equal regenerates nothing;</item>
/// <item>diagnostics travel on their own output, and quotes are checked per source
/// (<c>Provenance/</c>), against the folded text of the cited AdditionalFiles.</item>
/// </list>
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var bindOptions = options
            .Select(static (options, _) => options.Bind)
            .WithTrackingName(TrackingNames.BindOptions);

        var target = context.CompilationProvider
            .Select(static (compilation, _) => TargetInfo.From(compilation))
            .WithTrackingName(TrackingNames.Target);

        var emitOptions = options.Combine(target)
            .Select(static (pair, _) => new EmitOptions(pair.Left.IsPublic, pair.Right.LanguageVersion, pair.Right.HasDateOnly, pair.Right.HasMaybeNullWhen, pair.Right.HasRuntime))
            .WithTrackingName(TrackingNames.EmitOptions);

        var factFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => FactFileText.TryRead(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.FactFiles)
            .Where(static file => file is not null)
            .Select(static (file, _) => file!);

        var parsed = factFiles
            .Select(static (file, cancellationToken) => Guard.Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var bound = parsed.Collect()
            .Combine(bindOptions)
            .Select(static (pair, cancellationToken) => Guard.Bind(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Bind);

        var emitted = bound
            .SelectMany(static (result, _) => result.Types)
            .WithTrackingName(TrackingNames.Types)
            .Combine(emitOptions)
            .Select(static (pair, cancellationToken) => Guard.Emit(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Emit);

        context.RegisterSourceOutput(emitted, static (spc, file) =>
        {
            if (file.Error is { } error)
            {
                spc.ReportDiagnostic(error.ToDiagnostic());
            }
            else if (file.Text is { Length: > 0 } text)
            {
                spc.AddSource(file.HintName, new ChunkedSourceText(text));
            }
        });

        // Generated code uses the runtime library: without it, one clear error per fact file instead of CS errors in generated code.
        var missingRuntime = parsed
            .Combine(target.Select(static (target, _) => target.HasRuntime))
            .Select(static (pair, _) => pair.Right || pair.Left.IsEmpty ? null : FactDiagnostics.RuntimeNotReferenced(LocationInfo.FileStart(pair.Left.Path)))
            .WithTrackingName(TrackingNames.Runtime);
        context.RegisterSourceOutput(missingRuntime, static (spc, diagnostic) =>
        {
            if (diagnostic is not null)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var diagnostics = bound
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, items) => Report(spc, items));

        // Provenance: the cited sources are read once and folded; each source's quotes are
        // checked on their own, so editing one article re-checks only the quotes citing it.
        var citedPaths = bound
            .Select(static (result, _) => QuoteChecker.CitedPaths(result.SourceFiles))
            .WithTrackingName(TrackingNames.SourcePaths);

        var sourceTexts = context.AdditionalTextsProvider
            .Combine(citedPaths)
            .Select(static (pair, cancellationToken) => ReadCitedSource(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SourceTexts)
            .Where(static source => source is not null)
            .Select(static (source, _) => source!)
            .Collect()
            .Select(static (sources, _) => sources.ToEquatableArray());

        var quoteDiagnostics = bound
            .SelectMany(static (result, cancellationToken) => QuoteChecker.Group(result.SourceFiles, result.Quotes, cancellationToken))
            .Combine(sourceTexts)
            .Select(static (pair, _) => (Group: pair.Left, Source: QuoteChecker.Find(pair.Right, pair.Left.Source.FullPath)))
            .WithTrackingName(TrackingNames.QuoteGroups)
            .Select(static (pair, cancellationToken) => Guard.CheckQuotes(pair.Group, pair.Source, cancellationToken))
            .WithTrackingName(TrackingNames.QuoteChecks);
        context.RegisterSourceOutput(quoteDiagnostics, static (spc, items) => Report(spc, items));
    }

    /// <summary>An AdditionalFile that a fact file cites (its path, or its path but for letter case), folded for the quote check.</summary>
    private static SourceDocument? ReadCitedSource(AdditionalText file, EquatableArray<string> citedPaths, CancellationToken cancellationToken)
    {
        if (citedPaths.Count == 0)
        {
            return null;
        }

        var path = PathNormalizer.Normalize(file.Path);
        foreach (var cited in citedPaths)
        {
            if (string.Equals(cited, path, StringComparison.OrdinalIgnoreCase))
            {
                var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
                return new SourceDocument(path, path, QuoteText.Fold(text));
            }
        }

        return null;
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
