namespace TypedFacts.Generator.Model;

public enum TypeCategory
{
    Scalar,
    Enum,
    Entity,
    Value,

    /// <summary>A reference to a source of the namespace (the runtime's <c>FactSource</c>), by its id.</summary>
    Source,
}

/// <summary>
/// The type of a field or constant. <see cref="Name"/> is the C# name of an enum or kind (empty
/// for a built-in type); <see cref="YamlName"/> is the name as a fact file writes it.
/// </summary>
public sealed record TypeRef(TypeCategory Category, ScalarKind Scalar, string Name, string YamlName, bool IsList, bool IsNullable)
{
    public static TypeRef Of(ScalarKind scalar, string yamlName) => new(TypeCategory.Scalar, scalar, string.Empty, yamlName, IsList: false, IsNullable: false);

    /// <summary>The type of a list's items: neither a list nor nullable (list items are never null).</summary>
    public TypeRef Element => this with { IsList = false, IsNullable = false };

    /// <summary>A single reference to an entry (not a list of them): stored as the entry's id, looked up when read.</summary>
    public bool IsSingleReference => Category == TypeCategory.Entity && !IsList;

    /// <summary>As messages write the type a value must have: <c>Person[]</c>, <c>int</c>.</summary>
    public string Text => YamlName + (IsList ? "[]" : string.Empty);
}
