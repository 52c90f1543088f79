using System.Globalization;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Whether two bound values of one type are the same value, however written: <c>P12D</c> and
/// <c>12 days</c>, <c>1.5</c> and <c>1.50</c>. Decides that a claim repeating the adopted value
/// is no dispute (TF3010).
/// </summary>
internal static class ValueEquality
{
    public static bool Same(TypeRef type, Value a, Value b)
    {
        switch (a, b)
        {
            case (ListValue x, ListValue y):
                if (x.Items.Count != y.Items.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Items.Count; i++)
                {
                    if (!Same(type.Element, x.Items[i], y.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case (ScalarValue x, ScalarValue y) when type.Category == TypeCategory.Scalar && type.Scalar is ScalarKind.Double or ScalarKind.Decimal:
                return double.TryParse(x.Canonical, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
                    && double.TryParse(y.Canonical, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                    ? m.Equals(n)
                    : x.Canonical == y.Canonical;
            case (ScalarValue x, ScalarValue y):
                return x.Canonical == y.Canonical;
            default:
                // Enum members, references, null and inline values compare as records (an inline
                // value's scalars by their canonical text and as written: written differently, it is a variant).
                return a.Equals(b);
        }
    }
}
