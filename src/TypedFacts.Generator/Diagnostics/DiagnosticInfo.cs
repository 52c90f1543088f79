using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Diagnostics;

/// <summary>
/// A diagnostic as plain, equatable data: the descriptor's id, the message arguments and the
/// position. Real <see cref="Diagnostic"/> objects are created only in the reporting output.
/// Made only by <see cref="FactDiagnostics"/>, which composes every message.
/// </summary>
public sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
{
    /// <summary>Other places the diagnostic points at (the first value of an inference conflict).</summary>
    public EquatableArray<LocationInfo> AdditionalLocations { get; init; } = EquatableArray<LocationInfo>.Empty;

    public Diagnostic ToDiagnostic()
    {
        var descriptor = FactDiagnostics.ById(Id);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        var additional = AdditionalLocations.Count == 0 ? null : AdditionalLocations.Select(l => l.ToLocation());
        return Diagnostic.Create(descriptor, Location.ToLocation(), additional, args);
    }

    /// <summary>The message as the compiler would print it.</summary>
    public string GetMessage() => ToDiagnostic().GetMessage(CultureInfo.InvariantCulture);
}
