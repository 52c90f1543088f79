namespace TypedFacts.Generator.Model;

/// <summary>
/// A bound value of a field or constant, one record per shape. Scalars keep their canonical,
/// culture-free text (see <see cref="Format.ScalarType.Parse"/>) and the text as written, for
/// the XML docs. References hold the target's id, never its position, so that inserting an
/// entry into one kind does not change the files of the kinds that reference it.
/// </summary>
public abstract record Value;

public sealed record NullValue : Value
{
    public static readonly NullValue Instance = new();

    private NullValue()
    {
    }
}

public sealed record ScalarValue(string Canonical, string Text) : Value;

/// <summary>An enum member, by its C# name and its position in the enum (its value in C#).</summary>
public sealed record EnumValue(string Member, int Index) : Value;

/// <summary>A reference to an entry of the entity kind <paramref name="Kind"/> (its C# name).</summary>
public sealed record ReferenceValue(string Kind, string Id) : Value;

public sealed record ListValue(EquatableArray<Value> Items) : Value;

/// <summary>An inline value of the value kind <paramref name="Kind"/>, its values in the order of the kind's fields.</summary>
public sealed record ObjectValue(string Kind, EquatableArray<Value> Fields) : Value;
