// The model between binding and emission.
//
// Everything here is a record of strings, primitives and EquatableArrays, so the incremental
// pipeline can compare a fresh result with the cached one and skip emission when nothing
// that shows in the generated code has changed. It deliberately holds no positions: moving
// a line of a fact file changes diagnostics, never the model, so no source is regenerated.
// It never holds Roslyn objects (ISymbol, Compilation, SyntaxNode, Location, AdditionalText),
// which would root whole compilations in the generator cache and compare by reference.
using System;

namespace TypedFacts.Generator.Model;

/// <summary>The kinds of values of format v1 (SPEC 2.2); one table in <see cref="TypedFacts.Generator.Binding.FactTypes"/>.</summary>
public enum ScalarKind
{
    String,
    Int,
    Long,
    Double,
    Decimal,
    Bool,
    Date,
    DateTime,
    Duration,
    Url,
}

public enum TypeCategory
{
    Scalar,
    Enum,
    Entity,
    Value,
}

/// <summary>The type of a field or constant. <see cref="TypeName"/> is the C# name of an enum or kind.</summary>
public sealed record TypeModel(TypeCategory Category, ScalarKind Scalar, string TypeName, bool IsList, bool IsNullable)
{
    public static TypeModel Of(ScalarKind scalar) => new(TypeCategory.Scalar, scalar, string.Empty, IsList: false, IsNullable: false);

    public TypeModel Element => IsList ? this with { IsList = false, IsNullable = false } : this;
}

public enum ValueKind
{
    Null,
    Scalar,
    EnumMember,
    Reference,
    List,
    Object,
}

/// <summary>
/// A bound value. <see cref="Text"/> is canonical and culture-free: the invariant form of a
/// number, <c>yyyy-MM-dd</c> for a date, the round-trip form of a date-time, ticks for a
/// duration, the C# member name of an enum value, the entry index of a reference. An object
/// (an inline value kind) has its <see cref="Items"/> in the order of the kind's fields.
/// </summary>
public sealed record ValueModel(ValueKind Kind, string Text, string Display, EquatableArray<ValueModel> Items)
{
    public static readonly ValueModel Null = new(ValueKind.Null, string.Empty, "null", EquatableArray<ValueModel>.Empty);
}

public sealed record FieldModel(string PropertyName, string YamlName, TypeModel Type, string? Description);

public sealed record EvidenceModel(int SourceIndex, string SourceId, string Quote, EquatableArray<string> Fields, string? Note);

public sealed record EntryModel(string Id, string PropertyName, EquatableArray<ValueModel> Values, EquatableArray<EvidenceModel> Evidence);

public sealed record KindModel(string Name, string? Description, bool IsEntity, EquatableArray<FieldModel> Fields, EquatableArray<EntryModel> Entries);

public sealed record EnumMemberModel(string Name, string YamlName, string? Description);

public sealed record EnumModel(string Name, string? Description, EquatableArray<EnumMemberModel> Members);

public sealed record ConstantModel(string Name, string YamlName, TypeModel Type, ValueModel Value, string? Description, EquatableArray<EvidenceModel> Evidence);

public sealed record CatalogModel(string Name, string? Description, EquatableArray<ConstantModel> Constants);

public enum GeneratedTypeKind
{
    Kind,
    Enum,
    Catalog,
    Evidence,
}

/// <summary>
/// One generated file: a kind, an enum, a catalog or the evidence type of a namespace.
/// <see cref="ValueKinds"/> are the inline value kinds its values construct, so each file can
/// be emitted (and cached) on its own.
/// </summary>
public sealed record GeneratedType(
    string Namespace,
    string Name,
    GeneratedTypeKind TypeKind,
    KindModel? Kind,
    EnumModel? Enum,
    CatalogModel? Catalog,
    EquatableArray<KindModel> ValueKinds)
{
    public string HintName => (Namespace.Length == 0 ? Name : Namespace + "." + Name) + ".g.cs";
}

/// <summary>What the emitter needs to know about the consuming compilation and its options, reduced to small values.</summary>
public sealed record EmitOptions(bool IsPublic, int LanguageVersion, bool HasDateOnly, bool HasMaybeNullWhen)
{
    public bool UseRecords => LanguageVersion >= 9;

    public bool UseNullable => LanguageVersion >= 8;
}
