using System;
using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Parsing;

/// <summary>
/// One fact file after structural parsing: its sections, with every node and its position, not
/// yet typed. Types, references and identifiers are bound later, over all fact files of a
/// namespace together, because a kind may use an enum or reference a kind of another file.
/// </summary>
/// <remarks>
/// Equality is the equality of the input (path and text): the document is a pure function of
/// them, so comparing the inputs says whether two documents are equal without walking the
/// nodes. It lets the incremental pipeline tell "same text, parsed again" from a real change.
/// </remarks>
public sealed class FactDocument : IEquatable<FactDocument>
{
    public FactDocument(string filePath, string text)
    {
        FilePath = filePath;
        Text = text;
        Catalog = DefaultCatalog(filePath);
    }

    public string FilePath { get; }

    public string Text { get; }

    public FactScalar? Namespace { get; set; }

    public string Catalog { get; set; }

    public FactScalar? CatalogNode { get; set; }

    public string? Description { get; set; }

    public List<SourceDecl> Sources { get; } = [];

    public List<EnumDecl> Enums { get; } = [];

    public List<KindDecl> Kinds { get; } = [];

    public List<ConstantDecl> Constants { get; } = [];

    public List<DiagnosticInfo> Diagnostics { get; } = [];

    /// <summary><c>facts.yaml</c> → <c>Facts</c>, <c>space-film.facts.yaml</c> → <c>SpaceFilmFacts</c>.</summary>
    public static string DefaultCatalog(string filePath)
    {
        var name = System.IO.Path.GetFileName(filePath);
        foreach (var extension in new[] { ".yaml", ".yml" })
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                name = name.Substring(0, name.Length - extension.Length);
                break;
            }
        }

        return Binding.Identifiers.ToPascalCase(name) ?? "Facts";
    }

    public bool Equals(FactDocument? other)
        => other is not null && FilePath == other.FilePath && Text == other.Text;

    public override bool Equals(object? obj) => Equals(obj as FactDocument);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(FilePath) ^ Text.Length;
}

public sealed record SourceDecl(FactScalar Id, FactMapping Node, FactScalar? Title, FactScalar? File, FactScalar? Published, FactScalar? Url);

public sealed record EnumMemberDecl(FactScalar Name, string? Description);

public sealed record EnumDecl(FactScalar Name, string? Description, List<EnumMemberDecl> Members, FactNode Node);

public sealed record FieldDecl(FactScalar Name, FactScalar Type, string? Description);

public sealed record EntryDecl(FactScalar Id, FactMapping Values, FactNode? Evidence);

public sealed record KindDecl(FactScalar Name, FactMapping Node, string? Description, List<FieldDecl>? Fields, List<EntryDecl>? Entries);

public sealed record ConstantDecl(FactScalar Name, FactNode Value, FactScalar? Type, string? Description, FactNode? Evidence);
