using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using TypedFacts.Generator.Binding;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Emit;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Provenance;
using TypedFacts.Generator.Syntax;

namespace TypedFacts.Generator.Pipeline;

/// <summary>A generated file (<see cref="Text"/> is null when there is none), or the internal error that kept it from being generated.</summary>
public sealed record EmittedFile(string HintName, TextChunks? Text, DiagnosticInfo? Error);

/// <summary>
/// The generator must never throw (CS8785 would hide every fact): each stage turns a bug of its
/// own into a TF9001 diagnostic naming the file. Cancellation still propagates.
/// </summary>
internal static class Guard
{
    public static FactFileSyntax Parse(FactFileText file, CancellationToken cancellationToken)
    {
        try
        {
            return FactFileParser.Parse(file.Path, file.Text, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return FactFileSyntax.Empty(file.Path, file.Text, new EquatableArray<DiagnosticInfo>([InternalErrors.Of(file.Path, ex)]));
        }
    }

    /// <summary>The binder guards each namespace itself; this catches what fails outside them.</summary>
    public static BindResult Bind(ImmutableArray<FactFileSyntax> files, BindOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return FactBinder.Bind(files, options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return BindResult.Empty with { Diagnostics = files.Select(f => InternalErrors.Of(f.Path, ex)).ToEquatableArray() };
        }
    }

    public static EmittedFile Emit(TypeSpec type, EmitOptions options, CancellationToken cancellationToken)
    {
        if (!options.HasRuntime)
        {
            return new EmittedFile(type.HintName, null, null); // reported once per fact file (TF1012)
        }

        try
        {
            return new EmittedFile(type.HintName, FactsEmitter.EmitText(type, options, cancellationToken), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new EmittedFile(type.HintName, null, InternalErrors.Of(type.HintName, ex));
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
            return new EquatableArray<DiagnosticInfo>([InternalErrors.Of(group.Source.Location.FilePath, ex)]);
        }
    }
}
