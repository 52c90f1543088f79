using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedFacts.Generator.Binding;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Emit;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Parsing;
using TypedFacts.Generator.Pipeline;
using TypedFacts.Generator.Provenance;

namespace TypedFacts.Generator;

/// <summary>
/// Turns YAML fact files (AdditionalFiles) into typed C#. The pipeline:
/// <list type="number">
/// <item>each AdditionalFile is classified; fact files are read and parsed on their own, so an
/// edit to one re-parses that file alone;</item>
/// <item>all parsed files are bound together (kinds, enums and references cross files);</item>
/// <item>each generated type is emitted on its own from a position-free model, so an edit that
/// leaves a type's model equal regenerates nothing;</item>
/// <item>diagnostics travel on their own output, and quotes are checked per source, against
/// the folded text of the cited AdditionalFiles.</item>
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

        var target = context.CompilationProvider
            .Select(static (compilation, _) => TargetInfo.From(compilation))
            .WithTrackingName(TrackingNames.Target);

        var emitOptions = options.Combine(target)
            .Select(static (pair, _) => new EmitOptions(pair.Left.IsPublic, pair.Right.LanguageVersion, pair.Right.HasDateOnly, pair.Right.HasMaybeNullWhen))
            .WithTrackingName(TrackingNames.EmitOptions);

        var factFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => FactFileText.TryRead(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.FactFiles)
            .Where(static file => file is not null)
            .Select(static (file, _) => file!);

        var documents = factFiles
            .Select(static (file, cancellationToken) => Guard.Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var bound = documents.Collect()
            .Combine(options)
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
            else
            {
                spc.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
            }
        });

        var diagnostics = bound
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, items) => Report(spc, items));

        // Provenance: the cited sources are read once and folded; each source's quotes are
        // checked on their own, so editing one article re-checks only the quotes citing it.
        var citedPaths = bound
            .Select(static (result, _) => QuoteChecker.CitedPaths(result))
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
            .SelectMany(static (result, _) => QuoteChecker.Group(result))
            .Combine(sourceTexts)
            .Select(static (pair, _) => (Group: pair.Left, Source: QuoteChecker.Find(pair.Right, pair.Left.Source.FullPath)))
            .WithTrackingName(TrackingNames.QuoteGroups)
            .Select(static (pair, cancellationToken) => Guard.CheckQuotes(pair.Group, pair.Source, cancellationToken))
            .WithTrackingName(TrackingNames.QuoteChecks);
        context.RegisterSourceOutput(quoteDiagnostics, static (spc, items) => Report(spc, items));
    }

    private static SourceDocument? ReadCitedSource(AdditionalText file, EquatableArray<string> citedPaths, CancellationToken cancellationToken)
    {
        if (citedPaths.Count == 0)
        {
            return null;
        }

        var path = PathNormalizer.Normalize(file.Path);
        if (!citedPaths.Contains(path))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new SourceDocument(path, QuoteText.Fold(text));
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}

/// <summary>A generated file, or the internal error that kept it from being generated.</summary>
public sealed record EmittedFile(string HintName, string Text, DiagnosticInfo? Error);

/// <summary>
/// The generator must never throw (CS8785 would hide every fact): each stage turns a bug of its
/// own into a TF9001 diagnostic naming the file. Cancellation still propagates.
/// </summary>
internal static class Guard
{
    public static FactDocument Parse(FactFileText file, CancellationToken cancellationToken)
    {
        try
        {
            return FactFileParser.Parse(file.Path, file.Text, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var document = new FactDocument(file.Path, file.Text);
            document.Diagnostics.Add(Internal(file.Path, ex));
            return document;
        }
    }

    public static BindResult Bind(ImmutableArray<FactDocument> documents, GeneratorOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return FactBinder.Bind(documents, options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var errors = documents.Select(d => Internal(d.FilePath, ex)).ToList();
            return BindResult.Empty with { Diagnostics = errors.ToEquatableArray() };
        }
    }

    public static EmittedFile Emit(GeneratedType type, EmitOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return new EmittedFile(type.HintName, FactsEmitter.Emit(type, options, cancellationToken), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new EmittedFile(type.HintName, string.Empty, Internal(type.HintName, ex));
        }
    }

    public static EquatableArray<DiagnosticInfo> CheckQuotes(QuoteGroup group, SourceDocument? source, CancellationToken cancellationToken)
    {
        try
        {
            return QuoteChecker.Check(group, source, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new EquatableArray<DiagnosticInfo>([Internal(group.Source.Location.FilePath, ex)]);
        }
    }

    private static DiagnosticInfo Internal(string path, Exception ex)
    {
        // The throwing frame makes a user's bug report actionable without a debugger.
        var frame = ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;
        return DiagnosticInfo.Create(FactDiagnostics.InternalError, LocationInfo.FileStart(path), path, ex.GetType().Name + ": " + ex.Message.TrimEnd('.') + " " + frame);
    }
}
