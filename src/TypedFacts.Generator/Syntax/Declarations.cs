using System;
using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Syntax;

/// <summary>
/// One fact file after parsing: every declaration of the format (SPEC 2) with its position, not
/// yet typed. Values stay YAML nodes until binding, because their types may come from another
/// file of the namespace (a kind declared there, an enum, the entries a reference names).
/// </summary>
/// <remarks>
/// Immutable. Equality is the equality of the input (path and text): the declarations are a
/// pure function of it, so comparing the input says whether two parses are equal without
/// walking them, and tells the pipeline "the same text, parsed again" from a real change.
/// </remarks>
public sealed class FactFileSyntax(
    string path,
    string text,
    FactScalar? @namespace,
    FactScalar? catalog,
    string? description,
    IReadOnlyList<SourceSyntax> sources,
    IReadOnlyList<EnumSyntax> enums,
    IReadOnlyList<KindSyntax> kinds,
    IReadOnlyList<ConstantSyntax> constants,
    EquatableArray<DiagnosticInfo> diagnostics,
    LineMap? lines = null) : IEquatable<FactFileSyntax>
{
    private LineMap? _lines = lines;

    public string Path { get; } = path;

    public string Text { get; } = text;

    /// <summary>The <c>namespace:</c> key's value, when the file has one.</summary>
    public FactScalar? Namespace { get; } = @namespace;

    /// <summary>The <c>catalog:</c> key's value, when the file has one (else the name comes from the file name).</summary>
    public FactScalar? Catalog { get; } = catalog;

    public string? Description { get; } = description;

    public IReadOnlyList<SourceSyntax> Sources { get; } = sources;

    public IReadOnlyList<EnumSyntax> Enums { get; } = enums;

    public IReadOnlyList<KindSyntax> Kinds { get; } = kinds;

    public IReadOnlyList<ConstantSyntax> Constants { get; } = constants;

    /// <summary>The problems found while reading and parsing the file.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; } = diagnostics;

    /// <summary>A file that generates nothing: unreadable, or empty.</summary>
    public static FactFileSyntax Empty(string path, string text, EquatableArray<DiagnosticInfo> diagnostics)
        => new(path, text, null, null, null, [], [], [], [], diagnostics);

    public LocationInfo At(FactNode node) => node.Span.In(Path, _lines ??= new LineMap(Text));

    /// <summary>Whether the file declares nothing at all.</summary>
    public bool IsEmpty => Namespace is null && Catalog is null && Sources.Count == 0 && Enums.Count == 0 && Kinds.Count == 0 && Constants.Count == 0;

    public bool Equals(FactFileSyntax? other) => other is not null && Path == other.Path && Text == other.Text;

    public override bool Equals(object? obj) => Equals(obj as FactFileSyntax);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ Text.Length;
}

public sealed record SourceSyntax(FactScalar Id, FactScalar? Title, FactScalar? File, FactScalar? Published, FactScalar? Url);

public sealed record EnumSyntax(FactScalar Name, string? Description, IReadOnlyList<EnumMemberSyntax> Members);

public sealed record EnumMemberSyntax(FactScalar Name, string? Description);

/// <summary>A record kind: <see cref="Fields"/> when declared, <see cref="Entries"/> for an entity kind.</summary>
public sealed record KindSyntax(FactScalar Name, string? Description, IReadOnlyList<FieldSyntax>? Fields, IReadOnlyList<EntrySyntax>? Entries);

/// <summary>A declared field; <see cref="Type"/> is null when it has none (reported), so it stays known without a type.</summary>
public sealed record FieldSyntax(FactScalar Name, FactScalar? Type, string? Description);

/// <summary>An entry: its values by key (no '$' keys), and its <c>$evidence</c> (null when it has none).</summary>
public sealed record EntrySyntax(FactScalar Id, FactPairs Values, IReadOnlyList<EvidenceSyntax>? Evidence);

/// <summary>
/// An evidence item in either form (SPEC 2.4); <see cref="Fields"/> is empty for a whole-entry
/// item. <see cref="Claim"/> is the <c>value:</c> of a claim (1.1): the source's different value
/// for the one field the item names, typed only at binding, like the field's own value.
/// </summary>
public sealed record EvidenceSyntax(FactNode Node, FactScalar Source, FactScalar Quote, IReadOnlyList<FactScalar> Fields, FactNode? FieldsNode, string? Note, FactNode? Claim);

/// <summary>A constant: written directly, or as <c>{value, type, description, $evidence}</c>.</summary>
public sealed record ConstantSyntax(FactScalar Name, FactNode Value, FactScalar? Type, string? Description, IReadOnlyList<EvidenceSyntax>? Evidence);
