using System;
using System.Linq;

namespace TypedFacts.Generator.Diagnostics;

/// <summary>A bug of the generator as TF9001, naming the file it was working on and the throwing frame.</summary>
internal static class InternalErrors
{
    public static DiagnosticInfo Of(string path, Exception exception)
    {
        // The throwing frame makes a user's bug report actionable without a debugger.
        var frame = exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;
        return FactDiagnostics.InternalError(LocationInfo.FileStart(path), path, exception.GetType().Name + ": " + exception.Message.TrimEnd('.') + " " + frame);
    }
}
