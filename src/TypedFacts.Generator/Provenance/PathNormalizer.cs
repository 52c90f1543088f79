using System;
using System.IO;

namespace TypedFacts.Generator.Provenance;

/// <summary>
/// Source files are matched to AdditionalFiles by normalized full path (SPEC 1): relative to
/// the fact file, with '.' and '..' resolved and one kind of separator. This is string work
/// only; no file is touched.
/// </summary>
public static class PathNormalizer
{
    public static string Resolve(string factFilePath, string relativePath)
    {
        var directory = Path.GetDirectoryName(factFilePath) ?? string.Empty;
        try
        {
            return Normalize(Path.IsPathRooted(relativePath) ? relativePath : Path.Combine(directory, relativePath));
        }
        catch (ArgumentException)
        {
            return Normalize(directory + "/" + relativePath);
        }
    }

    public static string Normalize(string path)
    {
        string full;
        try
        {
            full = Path.IsPathRooted(path) ? Path.GetFullPath(path) : path;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            full = path;
        }

        return full.Replace('\\', '/');
    }
}
