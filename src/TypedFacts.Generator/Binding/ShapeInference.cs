using System.Collections.Generic;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// The shape of the values seen for one field across all entries of a kind without declared
/// fields (SPEC 2.3), unified as entries are visited.
/// </summary>
internal sealed class Shape
{
    public ShapeKind Kind { get; private set; }

    public ScalarKind Scalar { get; private set; }

    public Shape? Element { get; private set; }

    /// <summary>For an object shape: its fields in first-seen order, and how many objects had each.</summary>
    public List<ShapeField> Fields { get; } = [];

    public int ObjectCount { get; private set; }

    public bool SawNull { get; private set; }

    /// <summary>Set after the first conflict so that it is reported once.</summary>
    public bool Conflicted { get; private set; }

    public FactNode? FirstNode { get; private set; }

    /// <summary>Where <see cref="FirstNode"/> came from (its fact file), for the conflict's second location.</summary>
    public object? FirstOrigin { get; private set; }

    public string Describe() => Kind switch
    {
        ShapeKind.Scalar => FactTypes.Describe(Scalar),
        ShapeKind.List => "a sequence",
        ShapeKind.Object => "a mapping",
        _ => "null",
    };

    /// <summary>Merges one value into the shape; returns the node it conflicts with, if any.</summary>
    public ShapeConflict? Merge(FactNode node, object? origin)
    {
        if (node.IsPoisoned || Conflicted)
        {
            return null;
        }

        switch (node)
        {
            case FactScalar { IsNull: true }:
                SawNull = true;
                return null;

            case FactScalar scalar:
                {
                    var kind = FactTypes.Infer(scalar.Value, scalar.IsPlain);
                    if (Kind == ShapeKind.Unknown)
                    {
                        Kind = ShapeKind.Scalar;
                        Scalar = kind;
                        FirstNode = node;
                        FirstOrigin = origin;
                        return null;
                    }

                    if (Kind == ShapeKind.Scalar && Unify(Scalar, kind) is { } unified)
                    {
                        Scalar = unified;
                        return null;
                    }

                    return Conflict(node);
                }

            case FactSequence sequence:
                if (Kind == ShapeKind.Unknown)
                {
                    Kind = ShapeKind.List;
                    Element = new Shape();
                    FirstNode = node;
                    FirstOrigin = origin;
                }
                else if (Kind != ShapeKind.List)
                {
                    return Conflict(node);
                }

                foreach (var item in sequence.Items)
                {
                    if (Element!.Merge(item, origin) is { } conflict)
                    {
                        return conflict;
                    }
                }

                return null;

            case FactMapping mapping:
                if (Kind == ShapeKind.Unknown)
                {
                    Kind = ShapeKind.Object;
                    FirstNode = node;
                    FirstOrigin = origin;
                }
                else if (Kind != ShapeKind.Object)
                {
                    return Conflict(node);
                }

                ObjectCount++;
                foreach (var pair in mapping.Entries)
                {
                    if (pair.Key.Value.StartsWith("$", System.StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var field = FieldNamed(pair.Key.Value);
                    field.Count++;
                    if (field.Shape.Merge(pair.Value, origin) is { } conflict)
                    {
                        return conflict;
                    }
                }

                return null;

            default:
                return null;
        }
    }

    /// <summary>Merges a mapping's fields without counting it as a value of this shape (an entry of the kind itself).</summary>
    public ShapeField FieldNamed(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        var created = new ShapeField(name);
        Fields.Add(created);
        return created;
    }

    private ShapeConflict Conflict(FactNode here)
    {
        Conflicted = true;
        var hereDescription = here switch
        {
            FactScalar scalar => FactTypes.Describe(FactTypes.Infer(scalar.Value, scalar.IsPlain)),
            FactSequence => "a sequence",
            _ => "a mapping",
        };
        return new ShapeConflict(FirstNode!, FirstOrigin, here, Describe(), hereDescription);
    }

    private static ScalarKind? Unify(ScalarKind a, ScalarKind b)
    {
        if (a == b)
        {
            return a;
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return a == ScalarKind.Double || b == ScalarKind.Double ? ScalarKind.Double : ScalarKind.Long;
        }

        return null;
    }

    private static bool IsNumber(ScalarKind kind) => kind is ScalarKind.Int or ScalarKind.Long or ScalarKind.Double;
}

internal sealed record ShapeConflict(FactNode First, object? FirstOrigin, FactNode Here, string FirstDescription, string HereDescription);

internal enum ShapeKind
{
    Unknown,
    Scalar,
    List,
    Object,
}

internal sealed class ShapeField(string name)
{
    public string Name { get; } = name;

    public Shape Shape { get; } = new();

    public int Count { get; set; }
}
