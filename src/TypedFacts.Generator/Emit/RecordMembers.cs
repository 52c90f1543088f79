using System.Collections.Generic;
using System.Globalization;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// What entity and value kinds write alike: the type declaration (a record from C# 9, a class
/// with the same surface before), each field's storage, constructor assignment and property,
/// and the equality members a class needs where a record would synthesize them.
/// </summary>
internal sealed class RecordMembers(SourceWriter w, CSharpTypes types)
{
    public static readonly string GeneratorVersion = typeof(RecordMembers).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public static string GeneratedCodeAttribute => $"[global::System.CodeDom.Compiler.GeneratedCode(\"TypedFacts\", \"{GeneratorVersion}\")]";

    public string TypeDeclaration(string name)
        => types.Options.UseRecords
            ? $"{types.Visibility} sealed partial record {name}"
            : $"{types.Visibility} sealed partial class {name} : global::System.IEquatable<{types.Named(name)}>";

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
    /// The constructor, from the values as the model writes them. An entity's also takes its
    /// position (for its id) and its evidence.
    /// </summary>
    public void Constructor(string name, IReadOnlyList<FieldSpec> fields, bool isEntity)
    {
        var parameters = new List<string>(fields.Count + 2);
        if (isEntity)
        {
            parameters.Add("int index");
        }

        for (var i = 0; i < fields.Count; i++)
        {
            parameters.Add(types.Parameter(fields[i].Type) + " p" + i.ToString(CultureInfo.InvariantCulture));
        }

        if (isEntity)
        {
            parameters.Add($"{types.Named(BuiltInKinds.EvidenceName)}[] evidence");
        }

        w.Open($"{(isEntity ? "private" : "internal")} {name}({string.Join(", ", parameters)})");
        if (isEntity)
        {
            w.Line("Id = __IdAt(index);");
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

        if (isEntity)
        {
            w.Line("Evidence = global::System.Array.AsReadOnly(evidence);");
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
