using System.Globalization;
using System.Text.RegularExpressions;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Format.Scalars;

/// <summary>The number rows: <c>int</c>, <c>long</c>, <c>double</c>, <c>decimal</c>, all in invariant culture.</summary>
internal static class Numbers
{
    /// <summary>
    /// A decimal number: <c>^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$</c>, matched by
    /// hand, as it runs for every number of a file (a test holds it to the pattern).
    /// </summary>
    public static bool IsFloat(string text)
    {
        var i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        var integer = Digits(text, ref i);
        var fraction = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            fraction = Digits(text, ref i);
            if (integer == 0 && fraction == 0)
            {
                return false;
            }
        }
        else if (integer == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '-' or '+')
            {
                i++;
            }

            if (Digits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int Digits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i - start;
    }

    /// <summary>An optional sign and decimal digits; by hand, as it runs for every number of a file.</summary>
    public static bool IsInteger(string text)
    {
        var i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        if (i == text.Length)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsInt(string text) => IsInteger(text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    public static bool IsLong(string text) => IsInteger(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>A whole number: its canonical text when it is in range, else out of range with the wider type to use.</summary>
    public static ScalarParse Whole(string text, string? canonical, string wider)
        => !IsInteger(text) ? ScalarParse.Fail(ValueErrorKind.NotOfType)
            : canonical is not null ? ScalarParse.Ok(canonical)
            : ScalarParse.Fail(ValueErrorKind.OutOfRange, wider);
}

internal sealed class IntType() : ScalarType(ScalarKind.Int, "int", "int", "an int (a whole number from -2147483648 to 2147483647)")
{
    public override bool CanBeConst => true;

    public override int NumericRank => 1;

    public override bool Recognizes(string text) => Numbers.IsInt(text);

    public override string Literal(string canonical, bool hasDateOnly) => canonical;

    public override string DataRead(string reader, bool hasDateOnly) => reader + ".ReadInt32()";

    protected override ScalarParse ParseText(string text)
        => Numbers.Whole(text, int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value.ToString(CultureInfo.InvariantCulture) : null, "long");
}

internal sealed class LongType() : ScalarType(ScalarKind.Long, "long", "long", "a long (a whole number)")
{
    public override bool CanBeConst => true;

    public override int NumericRank => 2;

    public override bool Recognizes(string text) => Numbers.IsLong(text);

    public override string Literal(string canonical, bool hasDateOnly) => canonical + "L";

    public override string DataRead(string reader, bool hasDateOnly) => reader + ".ReadInt64()";

    protected override ScalarParse ParseText(string text)
        => Numbers.Whole(text, long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value.ToString(CultureInfo.InvariantCulture) : null, "double or decimal");
}

/// <summary>
/// <c>double</c>. The canonical text is the decimal text as written, normalized (no '+', digits
/// on both sides of the point), not a double turned back into text: <c>ToString("R")</c> gives
/// other digits on .NET Framework (Visual Studio's compiler) than on .NET, and the C# compiler
/// reads a decimal literal to the same double on every host.
/// </summary>
internal sealed class DoubleType() : ScalarType(ScalarKind.Double, "double", "double", "a double (a decimal number such as 1.5)")
{
    public override bool CanBeConst => true;

    public override int NumericRank => 3;

    /// <summary>Any number (integers too large for a long included) and YAML's infinities and NaN.</summary>
    public override bool Recognizes(string text) => Special(text) is not null || Numbers.IsFloat(text);

    public override string Literal(string canonical, bool hasDateOnly) => canonical switch
    {
        "NaN" => "double.NaN",
        "Infinity" => "double.PositiveInfinity",
        "-Infinity" => "double.NegativeInfinity",
        _ => canonical + "D",
    };

    protected override ScalarParse ParseText(string text)
    {
        if (Special(text) is { } special)
        {
            return ScalarParse.Ok(special);
        }

        if (!Numbers.IsFloat(text))
        {
            return ScalarParse.Fail(ValueErrorKind.NotOfType);
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsInfinity(value))
        {
            return ScalarParse.Fail(ValueErrorKind.OutOfRange, "a number within ±1.7976931348623157e308, or '.inf' for infinity");
        }

        return ScalarParse.Ok(Normalize(text));
    }

    /// <summary>
    /// The 16 hex digits of the double's bits: the runtime reads them back exactly on every
    /// runtime, where parsing decimal text is not exact on .NET Framework and Mono. The value is
    /// the one the C# compiler gives the literal, so data and code agree on every host.
    /// </summary>
    public override string DataText(string canonical)
    {
        var value = canonical switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => FromLiteral(canonical),
        };
        return System.BitConverter.DoubleToInt64Bits(value).ToString("X16", CultureInfo.InvariantCulture);
    }

    public override string DataRead(string reader, bool hasDateOnly) => reader + ".ReadDouble()";

    /// <summary>
    /// .NET Core 3.0 and later parse decimal text to the nearest double, as the C# compiler does;
    /// .NET Framework (the compiler inside Visual Studio and MSBuild.exe) does not always, so there
    /// the compiler's own reading of the literal decides.
    /// </summary>
    private static readonly bool s_exactParse = typeof(object).Assembly.GetName().Name == "System.Private.CoreLib";

    private static double FromLiteral(string canonical)
    {
        if (s_exactParse && double.TryParse(canonical, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        var negative = canonical[0] == '-';
        var token = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseToken((negative ? canonical.Substring(1) : canonical) + "D");
        var magnitude = token.Value is double d ? d : throw new System.InvalidOperationException("Not a double literal: " + canonical);
        return negative ? -magnitude : magnitude;
    }

    /// <summary><c>+1.</c> → <c>1.0</c>, <c>.5</c> → <c>0.5</c>, <c>1E3</c> → <c>1e3</c>: a valid C# real literal without its suffix.</summary>
    private static string Normalize(string text)
    {
        var t = text[0] == '+' ? text.Substring(1) : text;
        var exponent = t.IndexOfAny(['e', 'E']);
        var mantissa = exponent < 0 ? t : t.Substring(0, exponent);
        var rest = exponent < 0 ? string.Empty : "e" + t.Substring(exponent + 1);
        var sign = mantissa.StartsWith("-", System.StringComparison.Ordinal) ? "-" : string.Empty;
        var digits = sign.Length == 0 ? mantissa : mantissa.Substring(1);
        if (digits.StartsWith(".", System.StringComparison.Ordinal))
        {
            digits = "0" + digits;
        }

        if (digits.EndsWith(".", System.StringComparison.Ordinal))
        {
            digits += "0";
        }

        return sign + digits + rest;
    }

    private static string? Special(string text) => text switch
    {
        ".inf" or "+.inf" or ".Inf" or "+.Inf" or ".INF" or "+.INF" => "Infinity",
        "-.inf" or "-.Inf" or "-.INF" => "-Infinity",
        ".nan" or ".NaN" or ".NAN" => "NaN",
        _ => null,
    };
}

internal sealed class DecimalType() : ScalarType(ScalarKind.Decimal, "decimal", "decimal", "a decimal (a decimal number such as 1.5)")
{
    public override bool CanBeConst => true;

    public override string Literal(string canonical, bool hasDateOnly) => canonical + "M";

    public override string DataRead(string reader, bool hasDateOnly) => reader + ".ReadDecimal()";

    protected override ScalarParse ParseText(string text)
    {
        if (!Numbers.IsFloat(text))
        {
            return ScalarParse.Fail(ValueErrorKind.NotOfType);
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? ScalarParse.Ok(value.ToString(CultureInfo.InvariantCulture))
            : ScalarParse.Fail(ValueErrorKind.OutOfRange, "double, or fewer digits");
    }
}
