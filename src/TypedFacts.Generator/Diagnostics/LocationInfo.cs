using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TypedFacts.Generator.Diagnostics;

/// <summary>
/// A position in a fact file as plain data. <see cref="Location"/> holds a syntax tree or a
/// file reference and would break the equality of incremental steps; this is turned into one
/// only when a diagnostic is reported.
/// </summary>
public readonly record struct LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>Line and column are zero-based, as in <see cref="LinePosition"/>.</summary>
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    public static LocationInfo FileStart(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);
}
