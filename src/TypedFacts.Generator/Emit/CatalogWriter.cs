using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// Writes a catalog (SPEC 2.5, 3.2): a static class with a member per constant — <c>const</c>
/// where C# allows it, a static property or <c>static readonly</c> field otherwise — and
/// <c>EvidenceFor(name)</c>.
/// </summary>
internal sealed class CatalogWriter(SourceWriter w, CSharpTypes types)
{
    public void Write(CatalogSpec catalog)
    {
        var values = new ValueWriter(types, catalog.ValueKinds);
        DocComments.Summary(w, catalog.Description ?? "Constants of the fact file.");
        w.Line(RecordMembers.GeneratedCodeAttribute);
        w.Open($"{types.Visibility} static partial class {catalog.Name}");
        foreach (var constant in catalog.Constants)
        {
            DocComments.Constant(w, constant);
            WriteConstant(values, constant);
            w.Line();
        }

        w.Block("""
            /// <summary>The evidence behind a constant of this catalog: quotes from its sources.</summary>
            /// <param name="constantName">The name of the constant, best written with <c>nameof</c>.</param>
            /// <returns>The evidence; empty when the constant cites none.</returns>
            /// <exception cref="global::System.Collections.Generic.KeyNotFoundException">The catalog has no constant of that name.</exception>
            """);
        w.Open($"public static global::System.Collections.Generic.IReadOnlyList<{types.Named(BuiltInKinds.EvidenceName)}> EvidenceFor(string constantName)");
        w.Open("switch (constantName)");
        foreach (var constant in catalog.Constants)
        {
            w.StartLine().Append($"case {CSharpTypes.Literal(constant.Name)}: return global::System.Array.AsReadOnly(");
            values.WriteEvidence(w, constant.Evidence);
            w.Append(");").EndLine();
        }

        w.Line($"default: throw new global::System.Collections.Generic.KeyNotFoundException(\"{catalog.Name} has no constant named '\" + constantName + \"'.\");");
        w.Close();
        w.Close();
        w.Close();
    }

    private void WriteConstant(ValueWriter values, ConstantSpec constant)
    {
        var type = constant.Type;
        var name = CSharpTypes.Escape(constant.Name);
        var propertyType = types.Property(type);
        if (IsConst(type))
        {
            w.StartLine().Append($"public const {propertyType} {name} = ");
            values.Write(w, type, constant.Value);
        }
        else if (type.IsSingleReference)
        {
            w.StartLine().Append(constant.Value is ReferenceValue reference
                ? $"public static {propertyType} {name} => {types.Named(type.Name)}.Get({CSharpTypes.Literal(reference.Id)})"
                : $"public static {propertyType} {name} => null");
        }
        else if (type.IsList)
        {
            w.StartLine().Append($"public static {propertyType} {name} {{ get; }} = ");
            if (constant.Value is NullValue)
            {
                w.Append("null");
            }
            else
            {
                w.Append(type.Category == TypeCategory.Entity ? $"new {types.Named(type.Name)}.__Refs(" : "global::System.Array.AsReadOnly(");
                values.Write(w, type, constant.Value);
                w.Append(")");
            }
        }
        else
        {
            w.StartLine().Append($"public static readonly {propertyType} {name} = ");
            values.Write(w, type, constant.Value);
        }

        w.Append(";").EndLine();
    }

    private static bool IsConst(TypeRef type)
        => !type.IsList && !type.IsNullable
            && (type.Category == TypeCategory.Enum || (type.Category == TypeCategory.Scalar && ScalarTypes.Of(type.Scalar).CanBeConst));
}
