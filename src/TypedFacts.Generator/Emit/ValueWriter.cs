using System;
using System.Collections.Generic;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// Writes a bound value as a C# expression of its field's constructor parameter type (see
/// <see cref="CSharpTypes.Parameter"/>): scalars through the type table, references as the
/// target's id, lists as arrays, inline values as constructor calls of their value kind.
/// </summary>
internal sealed class ValueWriter(CSharpTypes types, EquatableArray<KindSpec> valueKinds)
{
    public void Write(SourceWriter w, TypeRef type, Value value)
    {
        switch (value)
        {
            case NullValue:
                w.Append("null");
                return;
            case ListValue list:
                WriteList(w, type, list);
                return;
            case EnumValue member:
                w.Append(types.Named(type.Name)).Append(".").Append(CSharpTypes.Escape(member.Member));
                return;
            case ReferenceValue reference when type.Category == TypeCategory.Source:
                w.Append(Source(reference.Id));
                return;
            case ReferenceValue reference:
                w.Append(CSharpTypes.Literal(reference.Id));
                return;
            case ObjectValue inline:
                WriteObject(w, inline);
                return;
            case ScalarValue scalar:
                w.Append(ScalarTypes.Of(type.Scalar).Literal(scalar.Canonical, types.Options.HasDateOnly));
                return;
            default:
                throw new InvalidOperationException("A value of an unknown shape: " + value.GetType().Name);
        }
    }

    /// <summary>
    /// A value as its property returns it, where the constructor form will not do (a constant, a
    /// claim's value): a reference as the entry itself, a list as a read-only list.
    /// </summary>
    public void WriteAsProperty(SourceWriter w, TypeRef type, Value value)
    {
        switch (value)
        {
            case ReferenceValue reference when type.IsSingleReference:
                w.Append($"{types.Named(type.Name)}.Get({CSharpTypes.Literal(reference.Id)})");
                return;
            case ListValue when type.Category == TypeCategory.Entity:
                w.Append($"new {types.Named(type.Name)}.__Refs(");
                Write(w, type, value);
                w.Append(")");
                return;
            case ListValue:
                w.Append("global::System.Array.AsReadOnly(");
                Write(w, type, value);
                w.Append(")");
                return;
            default:
                Write(w, type, value);
                return;
        }
    }

    /// <summary>A source of the namespace, by its id, from the registry.</summary>
    public string Source(string id) => $"{types.Registry}.Source({CSharpTypes.Literal(id)})";

    /// <summary>
    /// An array of evidence items, as an entry's constructor takes them. A claim's value is of
    /// the type of <paramref name="claimType"/>'s result for its field (or of the constant), and
    /// is built when first read, as it may be an entry.
    /// </summary>
    public void WriteEvidence(SourceWriter w, EquatableArray<EvidenceSpec> evidence, System.Func<EvidenceSpec, TypeRef?> claimType)
    {
        var evidenceType = CSharpTypes.Runtime("FactEvidence");
        if (evidence.Count == 0)
        {
            w.Append($"global::System.Array.Empty<{evidenceType}>()");
            return;
        }

        w.Append($"new {evidenceType}[] {{ ");
        for (var i = 0; i < evidence.Count; i++)
        {
            var item = evidence[i];
            w.Append(i > 0 ? ", " : string.Empty)
                .Append($"new {evidenceType}(").Append(Source(item.SourceId)).Append(", ").Append(CSharpTypes.Literal(item.Quote)).Append(", ");
            WriteStrings(w, item.Fields);
            w.Append(", ").Append(CSharpTypes.LiteralOrNull(item.Note));
            if (item.Claim is { } claim && claimType(item) is { } type)
            {
                w.Append($", () => (object{types.Q})");
                WriteAsProperty(w, type, claim);
            }

            w.Append(")");
        }

        w.Append(" }");
    }

    private static void WriteStrings(SourceWriter w, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            w.Append("global::System.Array.Empty<string>()");
            return;
        }

        w.Append("new string[] { ");
        for (var i = 0; i < items.Count; i++)
        {
            w.Append(i > 0 ? ", " : string.Empty).Append(CSharpTypes.Literal(items[i]));
        }

        w.Append(" }");
    }

    private void WriteList(SourceWriter w, TypeRef type, ListValue list)
    {
        var itemType = types.ItemStorage(type);
        if (list.Items.Count == 0)
        {
            w.Append($"global::System.Array.Empty<{itemType}>()");
            return;
        }

        w.Append($"new {itemType}[] {{ ");
        var element = type.Element;
        for (var i = 0; i < list.Items.Count; i++)
        {
            w.Append(i > 0 ? ", " : string.Empty);
            Write(w, element, list.Items[i]);
        }

        w.Append(" }");
    }

    private void WriteObject(SourceWriter w, ObjectValue value)
    {
        var kind = ValueKind(value.Kind);
        w.Append($"new {types.Named(kind.Name)}(");
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            w.Append(i > 0 ? ", " : string.Empty);
            Write(w, kind.Fields[i].Type, value.Fields[i]);
        }

        w.Append(")");
    }

    private KindSpec ValueKind(string name)
    {
        foreach (var kind in valueKinds)
        {
            if (kind.Name == name)
            {
                return kind;
            }
        }

        throw new InvalidOperationException("The value kind '" + name + "' is missing from the emission unit.");
    }
}
