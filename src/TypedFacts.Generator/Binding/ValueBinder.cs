using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Converts YAML values to their fields' types (SPEC 2.2): scalars through the type table, enum
/// members, references to the ids of their kind, lists and inline values. A value that does not
/// fit is reported on its node and left out; the rest of the entry is still bound.
/// </summary>
internal sealed class ValueBinder(BindContext context, NamespaceScope scope)
{
    /// <summary>The values of an entry or inline value, one per valid field of <paramref name="kind"/>, in field order.</summary>
    /// <param name="owner">Where a missing field is reported: the entry's id, or the inline value.</param>
    /// <param name="ownerDescription">"Person entry", "MissionLanding value of".</param>
    public EquatableArray<Value> ConvertFields(FactFileSyntax file, KindSymbol kind, FactPairs values, FactNode owner, string ownerName, string ownerDescription)
    {
        var result = new Value?[kind.Fields.Count];
        for (var p = 0; p < values.Count; p++)
        {
            // The key's node is made only for a diagnostic: an entry's keys are its fields' names.
            var name = values.KeyName(p);
            if (FormatKeys.IsReserved(name))
            {
                continue; // the format's, reported by the parser where it does not belong
            }

            var index = kind.IndexOfField(name);
            if (index < 0)
            {
                if (!kind.IsKnownField(name))
                {
                    var key = values[p].Key;
                    context.Report(key, FactDiagnostics.UnknownField(file.At(key), name, kind.YamlName, kind.KnownFieldNames));
                }

                continue;
            }

            var field = kind.Fields[index];
            result[index] = Convert(file, values.ValueAt(p), field.Type, field.YamlName) ?? NullValue.Instance;
        }

        for (var i = 0; i < result.Length; i++)
        {
            var field = kind.Fields[i];
            if (result[i] is null && !field.Type.IsNullable)
            {
                context.Report(owner, FactDiagnostics.MissingField(file.At(owner), ownerDescription, ownerName, field.YamlName, field.Type.Text));
            }

            result[i] ??= NullValue.Instance;
        }

        return new EquatableArray<Value>(result!);
    }

    /// <summary>One YAML value as <paramref name="type"/>; null after reporting when it does not fit.</summary>
    public Value? Convert(FactFileSyntax file, FactNode node, TypeRef type, string fieldName)
    {
        if (node.IsPoisoned)
        {
            return null;
        }

        if (node is FactScalar { IsNull: true })
        {
            if (!type.IsNullable)
            {
                context.Report(FactDiagnostics.NullForField(file.At(node), fieldName, type.Text));
            }

            return NullValue.Instance;
        }

        if (type.IsList)
        {
            return ConvertList(file, node, type, fieldName);
        }

        switch (type.Category)
        {
            case TypeCategory.Scalar:
                return ConvertScalar(file, node, ScalarTypes.Of(type.Scalar), fieldName);
            case TypeCategory.Enum:
                return ConvertEnumMember(file, node, scope.EnumsByName[type.Name], fieldName);
            case TypeCategory.Entity:
            case TypeCategory.Source:
                return ConvertReference(file, node, type, fieldName);
            default:
                return ConvertInline(file, node, scope.KindsByName[type.Name], fieldName);
        }
    }

    public ScalarValue? ConvertScalar(FactFileSyntax file, FactNode node, ScalarType type, string fieldName)
    {
        if (node is not FactScalar scalar)
        {
            context.Report(node, FactDiagnostics.WrongValueNode(file.At(node), type.Description, fieldName, node.KindName));
            return null;
        }

        var parsed = type.Parse(scalar.Value, scalar.IsPlain);
        if (parsed.Canonical is { } canonical)
        {
            // Most values are written canonically: one string then serves as both.
            return new ScalarValue(canonical == scalar.Value ? scalar.Value : canonical, scalar.Value);
        }

        context.Report(node, FactDiagnostics.BadValue(file.At(node), type, fieldName, scalar.Value, parsed.Error));
        return null;
    }

    private ListValue? ConvertList(FactFileSyntax file, FactNode node, TypeRef type, string fieldName)
    {
        if (node is not FactSequence sequence)
        {
            context.Report(node, FactDiagnostics.WrongValueNode(file.At(node), "a sequence (" + type.Text + ")", fieldName, node.KindName));
            return null;
        }

        var element = type.Element;
        var items = new List<Value>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (item is FactScalar { IsNull: true })
            {
                context.Report(FactDiagnostics.NullListItem(file.At(item), fieldName, element.Text));
            }
            else if (Convert(file, item, element, fieldName) is { } value)
            {
                items.Add(value);
            }
        }

        return new ListValue(items.ToEquatableArray());
    }

    private EnumValue? ConvertEnumMember(FactFileSyntax file, FactNode node, EnumSymbol enumSymbol, string fieldName)
    {
        if (node is not FactScalar scalar)
        {
            context.Report(node, FactDiagnostics.WrongValueNode(file.At(node), "a member of " + enumSymbol.Name, fieldName, node.KindName));
            return null;
        }

        if (!enumSymbol.MemberByName.TryGetValue(scalar.Value, out var member))
        {
            context.Report(FactDiagnostics.UnknownEnumMember(file.At(node), scalar.Value, enumSymbol.YamlName, enumSymbol.YamlMembers));
            return null;
        }

        return new EnumValue(member, enumSymbol.PositionOf(member));
    }

    private ReferenceValue? ConvertReference(FactFileSyntax file, FactNode node, TypeRef type, string fieldName)
    {
        if (node is not FactScalar scalar)
        {
            context.Report(node, FactDiagnostics.WrongValueNode(file.At(node), "the id of a " + type.YamlName + " entry", fieldName, node.KindName));
            return null;
        }

        var isSource = type.Category == TypeCategory.Source;
        string? id = scalar.Value;
        var exists = isSource ? scope.SourcesById.ContainsKey(id) : scope.KindsByName[type.Name].Ids.TryGetValue(scalar.Value, out id);
        if (!exists)
        {
            IEnumerable<string> ids = isSource ? scope.SourcesById.Keys : scope.KindsByName[type.Name].Ids.Keys;
            context.Report(FactDiagnostics.UnknownReference(file.At(node), type.YamlName, scalar.Value, ids));
            return null;
        }

        return new ReferenceValue(type.Name, id!);
    }

    private ObjectValue? ConvertInline(FactFileSyntax file, FactNode node, KindSymbol valueKind, string fieldName)
    {
        if (node is not FactMapping mapping)
        {
            context.Report(node, FactDiagnostics.WrongValueNode(file.At(node), "a mapping of the fields of " + valueKind.Name, fieldName, node.KindName));
            return null;
        }

        return new ObjectValue(valueKind.Name, ConvertFields(file, valueKind, mapping.Entries, mapping, fieldName, $"{valueKind.YamlName} value of"));
    }
}
