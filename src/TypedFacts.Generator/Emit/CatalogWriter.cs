using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// Writes a catalog (SPEC 2.5, 3.2): a static class with a member per constant — <c>const</c>
/// where C# allows it, a static property or <c>static readonly</c> field otherwise —,
/// <c>EvidenceFor(name)</c>, the namespace's <c>Model</c> and its <c>Sources</c>.
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
        w.Open($"public static global::System.Collections.Generic.IReadOnlyList<{CSharpTypes.Runtime("FactEvidence")}> EvidenceFor(string constantName)");
        w.Open("switch (constantName)");
        foreach (var constant in catalog.Constants)
        {
            w.StartLine().Append($"case {CSharpTypes.Literal(constant.Name)}: return global::System.Array.AsReadOnly(");
            values.WriteEvidence(w, constant.Evidence, _ => constant.Type);
            w.Append(");").EndLine();
        }

        w.Line($"default: throw new global::System.Collections.Generic.KeyNotFoundException(\"{catalog.Name} has no constant named '\" + constantName + \"'.\");");
        w.Close();
        w.Close();
        w.Line();

        DocComments.Summary(w, $"Every kind, source and constant of the namespace {NamespaceText}, for code that walks any fact model.");
        w.Line($"public static {CSharpTypes.Runtime("FactModel")} Model => {types.Registry}.Model;");
        w.Line();
        WriteSources(catalog);
        WriteConstantDescriptors(catalog);
        w.Close();
    }

    private string NamespaceText => types.Namespace.Length == 0 ? "(global)" : types.Namespace;

    /// <summary>A property per source of the namespace, and <c>All</c>, <c>Get</c>, <c>TryGet</c>.</summary>
    private void WriteSources(CatalogSpec catalog)
    {
        var source = CSharpTypes.Runtime(RuntimeTypes.SourceName);
        DocComments.Summary(w, $"The sources of the namespace {NamespaceText}: the texts its facts are distilled from.");
        w.Line(RecordMembers.GeneratedCodeAttribute);
        w.Open("public static class Sources");
        foreach (var item in catalog.Sources)
        {
            if (item.PropertyName.Length == 0)
            {
                continue; // its id is in error (reported); it stays reachable through All, Get and TryGet
            }

            DocComments.Summary(w, $"{item.Id}: {item.Title}{(item.Published is null ? string.Empty : " (" + item.Published + ")")}.");
            w.Line($"public static {source} {CSharpTypes.Escape(item.PropertyName)} => {types.Registry}.Source({CSharpTypes.Literal(item.Id)});");
            w.Line();
        }

        w.Block($$"""
            /// <summary>Every source of the namespace, in file order.</summary>
            public static global::System.Collections.Generic.IReadOnlyList<{{source}}> All => {{types.Registry}}.Sources;

            /// <summary>Returns the source with the given id.</summary>
            /// <param name="id">The id of the source, as written in the fact file.</param>
            /// <exception cref="global::System.Collections.Generic.KeyNotFoundException">No source has the id.</exception>
            public static {{source}} Get(string id) => {{types.Registry}}.Source(id);

            /// <summary>Finds the source with the given id.</summary>
            /// <param name="id">The id of the source, as written in the fact file.</param>
            /// <param name="source">The source, when there is one.</param>
            /// <returns>Whether a source has the id.</returns>
            public static bool TryGet(string id, {{types.MaybeNullWhenFalse}}out {{source}} source) => {{types.Registry}}.TryGetSource(id, out source);
            """);
        w.Close();
        w.Line();
    }

    /// <summary>The runtime's descriptors of the constants, for the namespace's <c>Model</c>.</summary>
    private void WriteConstantDescriptors(CatalogSpec catalog)
    {
        var constant = CSharpTypes.Runtime("FactConstant");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"internal static global::System.Collections.Generic.IReadOnlyList<{constant}> __Constants()");
        w.Line($"return new {constant}[]");
        w.Line("{");
        foreach (var item in catalog.Constants)
        {
            w.Line($"    new {constant}({CSharpTypes.Literal(item.Name)}, {CSharpTypes.Literal(item.YamlName)}, {CSharpTypes.LiteralOrNull(item.Description)}, {types.FactType(item.Type)}, {CSharpTypes.Escape(item.Name)}, EvidenceFor({CSharpTypes.Literal(item.Name)})),");
        }

        w.Line("};");
        w.Close();
    }

    private void WriteConstant(ValueWriter values, ConstantSpec constant)
    {
        var type = constant.Type;
        var name = CSharpTypes.Escape(constant.Name);
        var propertyType = types.Property(type);
        w.StartLine().Append(IsConst(type) ? $"public const {propertyType} {name} = "
            : type.IsSingleReference ? $"public static {propertyType} {name} => "
            : type.IsList ? $"public static {propertyType} {name} {{ get; }} = "
            : $"public static readonly {propertyType} {name} = ");
        values.WriteAsProperty(w, type, constant.Value);
        w.Append(";").EndLine();
    }

    private static bool IsConst(TypeRef type)
        => !type.IsList && !type.IsNullable
            && (type.Category == TypeCategory.Enum || (type.Category == TypeCategory.Scalar && ScalarTypes.Of(type.Scalar).CanBeConst));
}
