namespace TypedFacts.Generator.Format;

/// <summary>
/// A type as written in a fact file (SPEC 2.2): a name, then optionally <c>[]</c> (a list), then
/// optionally <c>?</c> (nullable; on a list, a list that may be unknown).
/// </summary>
public readonly record struct TypeExpression(string Name, bool IsList, bool IsNullable)
{
    public static bool TryParse(string text, out TypeExpression expression)
    {
        var t = text.Trim();
        var isNullable = t.EndsWith("?", System.StringComparison.Ordinal);
        if (isNullable)
        {
            t = t.Substring(0, t.Length - 1).TrimEnd();
        }

        var isList = t.EndsWith("[]", System.StringComparison.Ordinal);
        if (isList)
        {
            t = t.Substring(0, t.Length - 2).TrimEnd();
        }

        expression = new TypeExpression(t, isList, isNullable);
        return t.Length > 0 && IsPlainName(t);
    }

    /// <summary>The name part of a type expression, for suggestions when it names no type.</summary>
    public static string NameOf(string text) => TryParse(text, out var expression) ? expression.Name : text.Trim();

    /// <summary>The expression without its <c>?</c>: how messages name the type a value must have.</summary>
    public string WithoutNullable => Name + (IsList ? "[]" : string.Empty);

    /// <summary>Letters, digits, '_' and '-' only.</summary>
    private static bool IsPlainName(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
