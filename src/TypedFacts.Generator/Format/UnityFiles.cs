using System;

namespace TypedFacts.Generator.Format;

/// <summary>
/// SPEC 1 (1.1): Unity passes a generator only the AdditionalFiles named
/// <c>{Name}.{AnalyzerName}.additionalfile</c>, where the analyzer name is the generator
/// assembly's (case-sensitive) and <c>{Name}</c> has no dot: <c>Facts.TypedFacts.Generator.additionalfile</c>.
/// Such a file is a fact file when its first mapping key is <c>typedfacts</c>; otherwise it is a
/// source text that fact files may cite by its path.
/// </summary>
public static class UnityFiles
{
    /// <summary>The generator assembly's name, as Unity matches it.</summary>
    public static readonly string AnalyzerName = typeof(UnityFiles).Assembly.GetName().Name ?? "TypedFacts.Generator";

    /// <summary>What every such file name ends with: <c>.TypedFacts.Generator.additionalfile</c>.</summary>
    public static readonly string Suffix = "." + AnalyzerName + ".additionalfile";

    /// <summary>Whether the path is named as Unity names an additional file for this generator; <paramref name="name"/> is its <c>{Name}</c>.</summary>
    public static bool IsUnityName(string path, out string name)
    {
        var file = System.IO.Path.GetFileName(path);
        name = string.Empty;
        if (!file.EndsWith(Suffix, StringComparison.Ordinal) || file.Length == Suffix.Length)
        {
            return false;
        }

        var candidate = file.Substring(0, file.Length - Suffix.Length);
        if (candidate.IndexOf('.') >= 0)
        {
            return false;
        }

        name = candidate;
        return true;
    }

    /// <summary>
    /// Whether the text's first mapping key is <c>typedfacts</c> (plain or quoted), after a byte
    /// order mark, blank lines, comments, directives and a document start.
    /// </summary>
    public static bool StartsWithVersionKey(string text)
    {
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (i < text.Length)
        {
            var lineEnd = text.IndexOfAny(s_breaks, i);
            var line = (lineEnd < 0 ? text.Substring(i) : text.Substring(i, lineEnd - i)).Trim(' ', '\t');
            i = lineEnd < 0 ? text.Length : lineEnd + 1;
            if (line.StartsWith("---", StringComparison.Ordinal) && (line.Length == 3 || line[3] is ' ' or '\t'))
            {
                line = line.Substring(3).TrimStart(' ', '\t');
            }

            if (line.Length == 0 || line[0] is '#' or '%')
            {
                continue;
            }

            if (line[0] == '{')
            {
                line = line.Substring(1).TrimStart(' ', '\t');
            }

            foreach (var key in s_keys)
            {
                if (line.StartsWith(key, StringComparison.Ordinal))
                {
                    var rest = line.Substring(key.Length).TrimStart(' ', '\t');
                    return rest.StartsWith(":", StringComparison.Ordinal) && (rest.Length == 1 || rest[1] is ' ' or '\t');
                }
            }

            return false;
        }

        return false;
    }

    private static readonly char[] s_breaks = ['\n', '\r'];

    private static readonly string[] s_keys = ["typedfacts", "\"typedfacts\"", "'typedfacts'"];
}
