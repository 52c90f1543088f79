using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// The one mapping from the model's types to C# (SPEC 3.2, SPEC 8): the C# type of a field's
/// property, how it is stored and passed to a constructor, its runtime <c>FactType</c>, and the
/// nullable annotations the consumer's language version allows.
/// </summary>
internal sealed class CSharpTypes(EmitOptions options, string @namespace)
{
    /// <summary>The <c>global::</c> prefix of the namespace's types.</summary>
    public string Prefix { get; } = @namespace.Length == 0 ? "global::" : "global::" + @namespace + ".";

    public string Namespace { get; } = @namespace;

    public EmitOptions Options { get; } = options;

    /// <summary>Question mark for a nullable reference type, where the language has them.</summary>
    public string Q => Options.UseNullable ? "?" : string.Empty;

    /// <summary>Null-forgiving operator, where the language has it.</summary>
    public string Bang => Options.UseNullable ? "!" : string.Empty;

    public string Visibility => Options.IsPublic ? "public" : "internal";

    /// <summary>The attribute that nullable analysis reads on a TryGet's out parameter, where the target has it.</summary>
    public string MaybeNullWhenFalse => Options.UseNullable && Options.HasMaybeNullWhen ? "[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] " : string.Empty;

    /// <summary>A type of this namespace, fully qualified.</summary>
    public string Named(string name) => Prefix + name;

    /// <summary>A type of the runtime library, fully qualified: <c>global::TypedFacts.FactKind</c>.</summary>
    public static string Runtime(string name) => RuntimeTypes.Qualified(name);

    /// <summary>The namespace's registry of sources and of its model.</summary>
    public string Registry => Named(ModelSpec.TypeName);

    /// <summary>The C# type of one value (of a list's item, for a list).</summary>
    public string Element(TypeRef type) => type.Category switch
    {
        TypeCategory.Scalar => ScalarTypes.Of(type.Scalar).CSharpTypeFor(Options.HasDateOnly),
        TypeCategory.Source => Runtime(RuntimeTypes.SourceName),
        _ => Named(type.Name),
    };

    public bool IsValueType(TypeRef type)
        => !type.IsList && (type.Category == TypeCategory.Enum || (type.Category == TypeCategory.Scalar && ScalarTypes.Of(type.Scalar).IsValueType));

    /// <summary>The type of the property: <c>int?</c>, <c>IReadOnlyList&lt;Mission&gt;</c>.</summary>
    public string Property(TypeRef type) => Declared(type, Q);

    /// <summary>The type of the property as <c>typeof</c> takes it: without nullable reference annotations.</summary>
    public string ClrType(TypeRef type) => Declared(type, string.Empty);

    /// <summary>How a list's items are passed to a constructor: references to entries by their ids.</summary>
    public string ItemStorage(TypeRef type) => type.Category == TypeCategory.Entity ? "string" : Element(type);

    /// <summary>The constructor parameter of a field: a list as an array, a reference to an entry as the entry's id.</summary>
    public string Parameter(TypeRef type)
    {
        if (type.IsList)
        {
            return ItemStorage(type) + "[]" + (type.IsNullable ? Q : string.Empty);
        }

        return type.IsSingleReference ? "string" + (type.IsNullable ? Q : string.Empty) : Property(type);
    }

    /// <summary>The runtime's description of a type: <c>new global::TypedFacts.FactType("int", ...)</c>.</summary>
    public string FactType(TypeRef type)
    {
        var category = Runtime("FactTypeCategory") + "." + type.Category.ToString();
        var text = $"new {Runtime("FactType")}({Literal(type.YamlName)}, {category}, {Bool(type.IsList)}, {Bool(type.IsNullable)}, typeof({ClrType(type)})";
        return type.Category switch
        {
            TypeCategory.Entity or TypeCategory.Value => text + $", () => {Named(type.Name)}.Descriptor)",
            TypeCategory.Enum => text + $", null, {Named(EnumMembersClass(type.Name))}.Members)",
            _ => text + ")",
        };
    }

    /// <summary>The companion class of an enum that holds the YAML names of its members.</summary>
    public static string EnumMembersClass(string enumName) => "__" + enumName;

    /// <summary>An identifier ready to print: <c>@</c> before a keyword.</summary>
    public static string Escape(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) == SyntaxKind.RecordKeyword
            ? "@" + identifier
            : identifier;

    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A literal, or <c>null</c>.</summary>
    public static string LiteralOrNull(string? value) => value is null ? "null" : Literal(value);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string Declared(TypeRef type, string referenceQ)
    {
        if (type.IsList)
        {
            return $"global::System.Collections.Generic.IReadOnlyList<{Element(type)}>" + (type.IsNullable ? referenceQ : string.Empty);
        }

        return type.IsNullable ? Element(type) + (IsValueType(type) ? "?" : referenceQ) : Element(type);
    }
}
