// The model between binding and emission: what each generated file holds.
//
// Everything here is a record of strings, primitives and EquatableArrays, so the incremental
// pipeline can compare a fresh result with the cached one and skip emission when nothing that
// shows in the generated code has changed. It deliberately holds no positions: moving a line
// of a fact file changes diagnostics, never the model, so no source is regenerated. And it
// holds no positions of other entries either: a reference is the target's id. It never holds
// Roslyn objects (ISymbol, Compilation, SyntaxNode, Location, AdditionalText), which would
// root whole compilations in the generator cache and compare by reference.
using System;
using System.Collections.Generic;

namespace TypedFacts.Generator.Model;

/// <summary>One generated file: the type it declares owns its hint name.</summary>
public abstract record TypeSpec(string Namespace, string Name)
{
    public string HintName => (Namespace.Length == 0 ? Name : Namespace + "." + Name) + ".g.cs";
}

/// <summary>
/// A record kind: an entity kind with its entries, or a value kind (no entries) whose values
/// are written inline. <see cref="ValueKinds"/> are the value kinds its values construct, so
/// that the file can be emitted, and cached, on its own.
/// </summary>
public sealed record KindSpec(
    string Namespace,
    string Name,
    string YamlName,
    string? Description,
    bool IsEntity,
    EquatableArray<FieldSpec> Fields,
    EquatableArray<EntrySpec> Entries,
    EquatableArray<KindSpec> ValueKinds) : TypeSpec(Namespace, Name);

public sealed record EnumSpec(string Namespace, string Name, string YamlName, string? Description, EquatableArray<EnumMemberSpec> Members) : TypeSpec(Namespace, Name);

/// <summary>
/// The static class of a fact file's constants (SPEC 2.5, 3.2), with the namespace's
/// <c>Model</c> and its <c>Sources</c>.
/// </summary>
public sealed record CatalogSpec(
    string Namespace,
    string Name,
    string? Description,
    EquatableArray<ConstantSpec> Constants,
    EquatableArray<SourceSpec> Sources,
    EquatableArray<KindSpec> ValueKinds) : TypeSpec(Namespace, Name);

/// <summary>
/// The registry of a namespace: its sources, and the <c>FactModel</c> that lists its kinds and
/// catalogs. It names kinds, never their entries, so editing entries leaves it equal.
/// </summary>
public sealed record ModelSpec(
    string Namespace,
    EquatableArray<string> Kinds,
    EquatableArray<string> Catalogs,
    EquatableArray<SourceSpec> Sources) : TypeSpec(Namespace, ModelSpec.TypeName)
{
    /// <summary>Internal, and not a name any fact-file name can become (they are PascalCase, without '_').</summary>
    public const string TypeName = "__FactModel";
}

/// <summary>
/// A source of the namespace. <paramref name="Published"/> is canonical <c>FactDate</c> text, or
/// null; <paramref name="PropertyName"/> is its property in a catalog's <c>Sources</c> class,
/// empty when its id cannot be one (reported).
/// </summary>
public sealed record SourceSpec(string Id, string PropertyName, string Title, string? Published, string? Url, string? File);

public sealed record FieldSpec(string PropertyName, string YamlName, TypeRef Type, string? Description);

/// <summary>
/// An entry; <see cref="PropertyName"/> is empty when it gets no static property (its id is in
/// error, or TF1011). Its values are kept as the two texts the generated code shows them in
/// (<see cref="EntryText"/>): <see cref="Data"/>, its line of the kind's data, and
/// <see cref="Summary"/>, what its doc comment shows after its id. Use <see cref="Of"/> to make one.
/// </summary>
public sealed record EntrySpec(string Id, string PropertyName, string Data, string Summary, EquatableArray<EvidenceSpec> Evidence)
{
    /// <summary>An entry of a kind with these fields, its values in the order of the fields.</summary>
    /// <param name="valueKindFields">The field types of a value kind, by its C# name, for inline values.</param>
    /// <param name="scratch">A builder to write the texts in: one serves every entry of a kind.</param>
    public static EntrySpec Of(string id, string propertyName, IReadOnlyList<TypeRef> types, IReadOnlyList<string> propertyNames, EquatableArray<Value> values, EquatableArray<EvidenceSpec> evidence, Func<string, IReadOnlyList<TypeRef>> valueKindFields, System.Text.StringBuilder? scratch = null)
        => new(id, propertyName, EntryText.Data(id, types, values, valueKindFields, scratch), EntryText.Summary(propertyNames, values, scratch), evidence);
}

/// <summary>
/// An evidence item: a quote of a source (by id), the YAML names of the fields it supports, and
/// the curator's note. <paramref name="Claim"/> is the other value a claim gives for its one
/// field (or its constant); null for an item that supports the adopted value.
/// </summary>
public sealed record EvidenceSpec(string SourceId, string Quote, EquatableArray<string> Fields, string? Note, Value? Claim = null);

public sealed record EnumMemberSpec(string Name, string YamlName, string? Description);

public sealed record ConstantSpec(string Name, string YamlName, TypeRef Type, Value Value, string? Description, EquatableArray<EvidenceSpec> Evidence);

/// <summary>What the emitter needs of the consuming compilation and its options, reduced to small values.</summary>
public sealed record EmitOptions(bool IsPublic, int LanguageVersion, bool HasDateOnly, bool HasMaybeNullWhen, bool HasRuntime = true)
{
    public bool UseRecords => LanguageVersion >= 9;

    public bool UseNullable => LanguageVersion >= 8;
}
