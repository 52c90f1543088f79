using System.Collections.Generic;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// The shape of the values seen for one field across all entries of a kind without declared
/// fields (SPEC 2.3), unified as entries are visited: a scalar type, a list of a shape, or an
/// object with fields of their own shapes.
/// </summary>
internal sealed class Shape
{
    public ShapeKind Kind { get; private set; }

    public ScalarType Scalar { get; private set; } = ScalarTypes.String;

    public Shape? Element { get; private set; }

    /// <summary>For an object shape: its fields in first-seen order.</summary>
    public List<ShapeField> Fields { get; } = [];

    /// <summary>How many objects were merged into this shape (a field missing from some is nullable).</summary>
    public int ObjectCount { get; private set; }

    public bool SawNull { get; private set; }

    /// <summary>Set after the first conflict so that it is reported once.</summary>
    public bool Conflicted { get; private set; }

    private FactNode? _firstNode;
    private FactFileSyntax? _firstFile;

    /// <summary>Merges one value into the shape; returns the conflict it makes, if any.</summary>
    public ShapeConflict? Merge(FactNode node, FactFileSyntax file)
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
                    var type = ScalarTypes.Infer(scalar.Value, scalar.IsPlain);
                    if (Start(ShapeKind.Scalar, node, file))
                    {
                        Scalar = type;
                        return null;
                    }

                    if (Kind == ShapeKind.Scalar && ScalarTypes.Unify(Scalar, type) is { } unified)
                    {
                        Scalar = unified;
                        return null;
                    }

                    return Conflict(node, file);
                }

            case FactSequence sequence:
                if (Start(ShapeKind.List, node, file))
                {
                    Element = new Shape();
                }
                else if (Kind != ShapeKind.List)
                {
                    return Conflict(node, file);
                }

                foreach (var item in sequence.Items)
                {
                    if (Element!.Merge(item, file) is { } conflict)
                    {
                        return conflict;
                    }
                }

                return null;

            case FactMapping mapping:
                if (!Start(ShapeKind.Object, node, file) && Kind != ShapeKind.Object)
                {
                    return Conflict(node, file);
                }

                ObjectCount++;
                return MergeFields(mapping.Entries, file);

            default:
                return null;
        }
    }

    /// <summary>Merges the values of a mapping into this object shape's fields ('$' keys are the format's, not fields).</summary>
    private ShapeConflict? MergeFields(IEnumerable<KeyValuePair<FactScalar, FactNode>> values, FactFileSyntax file)
    {
        foreach (var pair in values)
        {
            if (SyntaxContext.IsReserved(pair.Key))
            {
                continue;
            }

            var field = FieldNamed(pair.Key);
            field.Count++;
            if (field.Shape.Merge(pair.Value, file) is { } conflict)
            {
                return conflict;
            }
        }

        return null;
    }

    private bool Start(ShapeKind kind, FactNode node, FactFileSyntax file)
    {
        if (Kind != ShapeKind.Unknown)
        {
            return false;
        }

        Kind = kind;
        _firstNode = node;
        _firstFile = file;
        return true;
    }

    /// <summary>The field of this object shape that <paramref name="key"/> names, added on first sight.</summary>
    public ShapeField FieldNamed(FactScalar key)
    {
        foreach (var field in Fields)
        {
            if (field.Name == key.Value)
            {
                return field;
            }
        }

        var created = new ShapeField(key);
        Fields.Add(created);
        return created;
    }

    private ShapeConflict Conflict(FactNode here, FactFileSyntax file)
    {
        Conflicted = true;
        return new ShapeConflict(_firstFile!.At(_firstNode!), file.At(here), Describe(), DescribeNode(here));
    }

    private string Describe() => Kind switch
    {
        ShapeKind.Scalar => Scalar.Description,
        ShapeKind.List => "a sequence",
        ShapeKind.Object => "a mapping",
        _ => "null",
    };

    private static string DescribeNode(FactNode node) => node switch
    {
        FactScalar scalar => ScalarTypes.Infer(scalar.Value, scalar.IsPlain).Description,
        FactSequence => "a sequence",
        _ => "a mapping",
    };
}

internal sealed record ShapeConflict(Diagnostics.LocationInfo First, Diagnostics.LocationInfo Here, string FirstDescription, string HereDescription);

internal enum ShapeKind
{
    Unknown,
    Scalar,
    List,
    Object,
}

/// <summary>A field of an object shape: the first key that named it, its shape, and how many values it had.</summary>
internal sealed class ShapeField(FactScalar key)
{
    public FactScalar Key { get; } = key;

    public string Name => Key.Value;

    public Shape Shape { get; } = new();

    public int Count { get; set; }
}
