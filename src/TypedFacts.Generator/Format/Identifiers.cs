using System;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedFacts.Generator.Format;

/// <summary>How ids and names of a fact file become C# identifiers (SPEC 3.2, identifiers).</summary>
public static class Identifiers
{
    /// <summary>
    /// <c>soyuz-ms-18</c> → <c>SoyuzMs18</c>, <c>age</c> → <c>Age</c>, <c>YuliaPeresild</c> unchanged.
    /// Anything that is not a letter or digit separates words. Null when no valid identifier results.
    /// </summary>
    public static string? ToPascalCase(string name)
    {
        if (IsPascalCase(name))
        {
            return name; // an id like Item42 or YuliaPeresild: the same name, not a copy of it
        }

        var builder = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name)
        {
            if (IsWordCharacter(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            return null;
        }

        var result = builder.ToString();
        return SyntaxFacts.IsValidIdentifier(result) ? result : null;
    }

    /// <summary>Whether <see cref="ToPascalCase"/> would return <paramref name="name"/> unchanged: word characters only, the first an upper-case identifier start.</summary>
    private static bool IsPascalCase(string name)
    {
        if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0]) || char.ToUpperInvariant(name[0]) != name[0])
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsWordCharacter(c))
            {
                return false;
            }
        }

        return SyntaxFacts.IsValidIdentifier(name);
    }

    /// <summary>Why <see cref="ToPascalCase"/> failed, for the message of TF2020.</summary>
    public static string WhyInvalid(string name)
    {
        if (name.Trim().Length == 0)
        {
            return "it is empty";
        }

        foreach (var c in name)
        {
            if (IsWordCharacter(c))
            {
                return "a C# name must start with a letter, and this one starts with '" + c + "'";
            }
        }

        return "it has no letters or digits";
    }

    /// <summary>One or more C# identifiers separated by dots, none of them a keyword.</summary>
    public static bool IsValidNamespace(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var part in name.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>facts.yaml</c> → <c>Facts</c>, <c>space-film.facts.yaml</c> → <c>SpaceFilmFacts</c>.</summary>
    public static string DefaultCatalog(string filePath)
    {
        // Unity's Facts.TypedFacts.Generator.additionalfile is named as facts.yaml would be, Items.… as items.facts.yaml.
        if (UnityFiles.IsUnityName(filePath, out var unityName))
        {
            return unityName.Equals("facts", StringComparison.OrdinalIgnoreCase) ? "Facts" : ToPascalCase(unityName + ".facts") ?? "Facts";
        }

        var name = System.IO.Path.GetFileName(filePath);
        foreach (var extension in new[] { ".yaml", ".yml" })
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                name = name.Substring(0, name.Length - extension.Length);
                break;
            }
        }

        return ToPascalCase(name) ?? "Facts";
    }

    private static bool IsWordCharacter(char c) => c != '_' && SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsSurrogate(c);
}
