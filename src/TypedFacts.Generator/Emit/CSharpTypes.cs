using Microsoft.CodeAnalysis.CSharp;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// The one mapping from the model's types to C# (SPEC 3.2, SPEC 8): the C# type of a field's
/// property, how it is stored and passed to a constructor, and the nullable annotations the
/// consumer's language version allows.
/// </summary>
internal sealed class CSharpTypes(EmitOptions options, string @namespace)
{
    /// <summary>The <c>global::</c> prefix of the namespace's types.</summary>
    public string Prefix { get; } = @namespace.Length == 0 ? "global::" : "global::" + @namespace + ".";

    public EmitOptions Options { get; } = options;

    /// <summary>Question mark for a nullable reference type, where the language has them.</summary>
    public string Q => Options.UseNullable ? "?" : string.Empty;

    /// <summary>Null-forgiving operator, where the language has it.</summary>
    public string Bang => Options.UseNullable ? "!" : string.Empty;

    public string Visibility => Options.IsPublic ? "public" : "internal";

    /// <summary>A type of this namespace, fully qualified.</summary>
    public string Named(string name) => Prefix + name;

    /// <summary>The C# type of one value (of a list's item, for a list).</summary>
    public string Element(TypeRef type)
        => type.Category == TypeCategory.Scalar ? ScalarTypes.Of(type.Scalar).CSharpTypeFor(Options.HasDateOnly) : Named(type.Name);

    public bool IsValueType(TypeRef type)
        => !type.IsList && (type.Category == TypeCategory.Enum || (type.Category == TypeCategory.Scalar && ScalarTypes.Of(type.Scalar).IsValueType));

    /// <summary>The type of the property: <c>int?</c>, <c>IReadOnlyList&lt;Mission&gt;</c>.</summary>
    public string Property(TypeRef type)
    {
        if (type.IsList)
        {
            return $"global::System.Collections.Generic.IReadOnlyList<{Element(type)}>" + (type.IsNullable ? Q : string.Empty);
        }

        return type.IsNullable ? Element(type) + (IsValueType(type) ? "?" : Q) : Element(type);
    }

    /// <summary>How a list's items are passed to a constructor: references by their ids.</summary>
    public string ItemStorage(TypeRef type) => type.Category == TypeCategory.Entity ? "string" : Element(type);

    /// <summary>The constructor parameter of a field: a list as an array, a reference as the target's id.</summary>
    public string Parameter(TypeRef type)
    {
        if (type.IsList)
        {
            return ItemStorage(type) + "[]" + (type.IsNullable ? Q : string.Empty);
        }

        return type.IsSingleReference ? "string" + (type.IsNullable ? Q : string.Empty) : Property(type);
    }

    /// <summary>An identifier ready to print: <c>@</c> before a keyword.</summary>
    public static string Escape(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) == SyntaxKind.RecordKeyword
            ? "@" + identifier
            : identifier;

    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
