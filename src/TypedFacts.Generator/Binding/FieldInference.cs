using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Infers the fields of a kind without declared <c>fields</c> from its entries (SPEC 2.3): each
/// field's values are unified into a <see cref="Shape"/>, then turned into a type; a mapping
/// becomes a value kind named <c>{Kind}{Field}</c>. References and partial dates are never
/// inferred.
/// </summary>
internal sealed class FieldInference(BindContext context, NamespaceScope scope, NameTable names, FieldNaming fields)
{
    public void Infer(KindSymbol kind)
    {
        var root = new Shape();
        var count = 0;
        foreach (var (file, entry) in kind.Entries)
        {
            context.CheckCancellation(count++);
            foreach (var pair in entry.Values)
            {
                var field = root.FieldNamed(pair.Key);
                field.Count++;
                if (field.Shape.Merge(pair.Value, file) is { } conflict)
                {
                    context.Report(FactDiagnostics.InferenceConflict(conflict.Here, pair.Key.Value, kind.YamlName, conflict.HereDescription, conflict.FirstDescription, conflict.First));
                }
            }
        }

        foreach (var field in root.Fields)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            fields.Add(kind, kind.File, field.Key, Materialize(kind.File, kind.Name, field, kind.Entries.Count), null);
        }
    }

    /// <summary>The type of an inferred field; null when its values conflict (reported) or cannot be typed.</summary>
    private TypeRef? Materialize(FactFileSyntax file, string ownerName, ShapeField field, int total)
    {
        var shape = field.Shape;
        if (shape.Conflicted)
        {
            return null;
        }

        var nullable = shape.SawNull || field.Count < total;
        if (shape.Kind != ShapeKind.List)
        {
            return TypeOf(shape, isList: false, isNullable: nullable || shape.Kind == ShapeKind.Unknown);
        }

        var element = shape.Element!;
        if (element.Conflicted)
        {
            return null;
        }

        if (element.Kind == ShapeKind.List)
        {
            context.Report(field.Key, FactDiagnostics.NotInferable(file.At(field.Key), field.Name, "a sequence of sequences", "declare the kind's 'fields'"));
            return null;
        }

        return TypeOf(element, isList: true, isNullable: nullable);

        TypeRef? TypeOf(Shape of, bool isList, bool isNullable) => of.Kind switch
        {
            ShapeKind.Scalar => new TypeRef(TypeCategory.Scalar, of.Scalar.Kind, string.Empty, of.Scalar.Name, isList, isNullable),
            ShapeKind.Object => InferValueKind(file, ownerName, field, of) is { } valueKind
                ? valueKind.Type with { IsList = isList, IsNullable = isNullable }
                : null,

            // Only nulls (or empty lists) seen: a string is the least surprising type.
            _ => new TypeRef(TypeCategory.Scalar, ScalarKind.String, string.Empty, "string", isList, isNullable),
        };
    }

    private KindSymbol? InferValueKind(FactFileSyntax file, string ownerName, ShapeField field, Shape objectShape)
    {
        var name = ownerName + (Identifiers.ToPascalCase(field.Name) ?? string.Empty);
        if (!names.ClaimType(file, field.Key, name))
        {
            return null;
        }

        var valueKind = new KindSymbol(file, field.Key, name, isEntity: false, description: null);
        foreach (var inner in objectShape.Fields)
        {
            fields.Add(valueKind, file, inner.Key, Materialize(file, name, inner, objectShape.ObjectCount), null);
        }

        scope.Add(valueKind, declared: false);
        return valueKind;
    }
}
