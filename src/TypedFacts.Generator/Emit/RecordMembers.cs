using System.Collections.Generic;
using System.Globalization;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// What entity and value kinds write alike: the type declaration (a record from C# 9, a class
/// with the same surface before), each field's storage, constructor assignment and property,
/// the metadata of the runtime library (<c>Descriptor</c>, <c>Kind</c>, the <c>Fields</c>
/// class), and the equality members a class needs where a record would synthesize them.
/// </summary>
internal sealed class RecordMembers(SourceWriter w, CSharpTypes types)
{
    public static readonly string GeneratorVersion = typeof(RecordMembers).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public static string GeneratedCodeAttribute => $"[global::System.CodeDom.Compiler.GeneratedCode(\"TypedFacts\", \"{GeneratorVersion}\")]";

    /// <param name="contract">The runtime interface it implements: <c>IFact</c> or <c>IFactRecord</c>.</param>
    public string TypeDeclaration(string name, string contract)
        => types.Options.UseRecords
            ? $"{types.Visibility} sealed partial record {name} : {CSharpTypes.Runtime(contract)}"
            : $"{types.Visibility} sealed partial class {name} : global::System.IEquatable<{types.Named(name)}>, {CSharpTypes.Runtime(contract)}";

    /// <summary>The member that holds a field: the property itself, or the id of a single reference.</summary>
    public static string StorageMember(FieldSpec field)
        => field.Type.IsSingleReference ? "__" + field.PropertyName : CSharpTypes.Escape(field.PropertyName);

    /// <summary>The type <see cref="StorageMember"/> has.</summary>
    public string StorageType(FieldSpec field) => field.Type.IsSingleReference ? types.Parameter(field.Type) : types.Property(field.Type);

    public void StorageFields(IReadOnlyList<FieldSpec> fields)
    {
        foreach (var field in fields)
        {
            if (field.Type.IsSingleReference)
            {
                w.Line($"private readonly {StorageType(field)} {StorageMember(field)};");
            }
        }
    }

    /// <summary>
    /// The constructor, from the values as the data reader gives them (lists as arrays, references
    /// as ids). An entity's also takes its id and its position, where its evidence is read from.
    /// </summary>
    public void Constructor(string name, IReadOnlyList<FieldSpec> fields, bool isEntity)
    {
        var parameters = new List<string>(fields.Count + 2);
        if (isEntity)
        {
            parameters.Add("string id");
            parameters.Add("int index");
        }

        for (var i = 0; i < fields.Count; i++)
        {
            parameters.Add(types.Parameter(fields[i].Type) + " p" + i.ToString(CultureInfo.InvariantCulture));
        }

        w.Open($"{(isEntity ? "private" : "internal")} {name}({string.Join(", ", parameters)})");
        if (isEntity)
        {
            w.Line("Id = id;");
            w.Line("__position = index;");
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var p = "p" + i.ToString(CultureInfo.InvariantCulture);
            var type = fields[i].Type;
            var value = type.IsList && type.Category == TypeCategory.Entity ? $"new {types.Named(type.Name)}.__Refs({p})"
                : type.IsList ? $"global::System.Array.AsReadOnly({p})"
                : p;
            if (type.IsList && type.IsNullable)
            {
                value = $"{p} == null ? null : {value}";
            }

            w.Line($"{StorageMember(fields[i])} = {value};");
        }

        w.Close();
        w.Line();
    }

    /// <summary>A get-only property per field; a single reference is looked up by its id when read.</summary>
    public void Properties(string kindName, IReadOnlyList<FieldSpec> fields)
    {
        foreach (var field in fields)
        {
            DocComments.Summary(w, field.Description ?? $"The '{field.YamlName}' of this {kindName}.");
            var type = field.Type;
            var declaration = $"public {types.Property(type)} {CSharpTypes.Escape(field.PropertyName)}";
            if (type.IsSingleReference)
            {
                var lookup = $"{types.Named(type.Name)}.Get({StorageMember(field)})";
                w.Line(type.IsNullable
                    ? $"{declaration} => {StorageMember(field)} == null ? null : {lookup};"
                    : $"{declaration} => {lookup};");
            }
            else
            {
                w.Line($"{declaration} {{ get; }}");
            }

            w.Line();
        }
    }

    /// <summary>
    /// The runtime's view of the kind (SPEC 3.2): <c>Descriptor</c>, the record's <c>Kind</c>
    /// (explicit when a field's property is named <c>Kind</c>), and the <c>Fields</c> class of
    /// typed field descriptors, which read the properties through delegates, not reflection.
    /// </summary>
    public void Metadata(KindSpec kind)
    {
        var self = types.Named(kind.Name);
        var entries = kind.IsEntity ? "() => All" : $"() => global::System.Array.Empty<{CSharpTypes.Runtime("IFact")}>()";
        var find = kind.IsEntity ? "id => TryGet(id, out var entry) ? entry : null" : "id => null";
        DocComments.Summary(w, $"The kind {kind.Name}, described for code that walks any fact model: its fields{(kind.IsEntity ? " and its entries" : string.Empty)}.");
        w.Line($"public static {CSharpTypes.Runtime("FactKind")} Descriptor {{ get; }} = new {CSharpTypes.Runtime("FactKind")}({CSharpTypes.Literal(kind.Name)}, {CSharpTypes.Literal(types.Namespace)}, {CSharpTypes.LiteralOrNull(kind.Description)}, {CSharpTypes.Bool(kind.IsEntity)}, () => Fields.All, {entries}, {find});");
        w.Line();
        var kindClashes = false;
        foreach (var field in kind.Fields)
        {
            kindClashes |= field.PropertyName == "Kind";
        }

        if (kindClashes)
        {
            w.Line($"{CSharpTypes.Runtime("FactKind")} {CSharpTypes.Runtime("IFactRecord")}.Kind => Descriptor;");
        }
        else
        {
            DocComments.Summary(w, "The kind of this record: Descriptor.");
            w.Line($"public {CSharpTypes.Runtime("FactKind")} Kind => Descriptor;");
        }

        w.Line();
        DocComments.Summary(w, $"The fields of {kind.Name}, to read any of them by its descriptor: {kind.Name}.Fields.X.Get(record).");
        w.Line(GeneratedCodeAttribute);
        w.Open("public static class Fields");
        foreach (var field in kind.Fields)
        {
            var fieldType = $"{CSharpTypes.Runtime("FactField")}<{self}, {types.Property(field.Type)}>";
            DocComments.Summary(w, $"The field '{field.YamlName}' ({field.Type.Text}{(field.Type.IsNullable ? "?" : string.Empty)}){(field.Description is null ? "." : ": " + field.Description)}");
            w.Line($"public static {fieldType} {CSharpTypes.Escape(field.PropertyName)} {{ get; }} = new {fieldType}(Descriptor, {CSharpTypes.Literal(field.PropertyName)}, {CSharpTypes.Literal(field.YamlName)}, {CSharpTypes.LiteralOrNull(field.Description)}, {types.FactType(field.Type)}, r => r.{CSharpTypes.Escape(field.PropertyName)});");
            w.Line();
        }

        var all = new System.Text.StringBuilder();
        foreach (var field in kind.Fields)
        {
            all.Append(all.Length == 0 ? string.Empty : ", ").Append(CSharpTypes.Escape(field.PropertyName));
        }

        DocComments.Summary(w, "Every field, in declaration order.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{CSharpTypes.Runtime("FactField")}> All {{ get; }} = new {CSharpTypes.Runtime("FactField")}[] {{ {all} }};");
        w.Close();
        w.Line();
    }

    /// <summary>GetHashCode, and for a class the members a record synthesizes from Equals(T): Equals(object), == and !=.</summary>
    public void ObjectEquality(string self, string? hashExpression)
    {
        if (hashExpression is not null)
        {
            w.Line("/// <inheritdoc/>");
            w.Line($"public override int GetHashCode() => {hashExpression};");
            w.Line();
        }

        if (types.Options.UseRecords)
        {
            return;
        }

        var q = types.Q;
        w.Block($$"""
            /// <inheritdoc/>
            public override bool Equals(object{{q}} obj) => Equals(obj as {{self}});

            /// <summary>Whether two values are equal.</summary>
            public static bool operator ==({{self}}{{q}} left, {{self}}{{q}} right) => ReferenceEquals(left, null) ? ReferenceEquals(right, null) : left.Equals(right);

            /// <summary>Whether two values differ.</summary>
            public static bool operator !=({{self}}{{q}} left, {{self}}{{q}} right) => !(left == right);

            """);
    }
}
