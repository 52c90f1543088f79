using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// The type table of format v1 (SPEC 2.2): the one place that knows which YAML text each
/// built-in type accepts and its canonical form. Parser, inference and emitter all use it.
/// </summary>
public static class FactTypes
{
    private static readonly Regex s_float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex s_dateTime = new(
        @"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,7}))?)?[ \t]*(Z|z|[-+][0-9]{2}(?::?[0-9]{2})?)?$",
        RegexOptions.CultureInvariant);
    private static readonly Regex s_isoDuration = new(
        @"^P(?:([0-9]+(?:\.[0-9]+)?)Y)?(?:([0-9]+(?:\.[0-9]+)?)M)?(?:([0-9]+(?:\.[0-9]+)?)W)?(?:([0-9]+(?:\.[0-9]+)?)D)?(?:T(?:([0-9]+(?:\.[0-9]+)?)H)?(?:([0-9]+(?:\.[0-9]+)?)M)?(?:([0-9]+(?:\.[0-9]+)?)S)?)?$",
        RegexOptions.CultureInvariant);
    private static readonly Regex s_humanDuration = new(
        @"^([0-9]+(?:\.[0-9]+)?)[ \t]*(second|minute|hour|day|week|month|year)s?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex s_uriScheme = new(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant);

    /// <summary>
    /// The table: one row per built-in type, in <see cref="ScalarKind"/> order. Its YAML name,
    /// its C# type (and the one used where the target has no DateOnly), and how messages
    /// describe the values it accepts.
    /// </summary>
    private static readonly ScalarType[] s_table =
    [
        new(ScalarKind.String, "string", "string", "a string"),
        new(ScalarKind.Int, "int", "int", "an int (a whole number from -2147483648 to 2147483647)"),
        new(ScalarKind.Long, "long", "long", "a long (a whole number)"),
        new(ScalarKind.Double, "double", "double", "a double (a decimal number such as 1.5)"),
        new(ScalarKind.Decimal, "decimal", "decimal", "a decimal (a decimal number such as 1.5)"),
        new(ScalarKind.Bool, "bool", "bool", "a bool ('true' or 'false')"),
        new(ScalarKind.Date, "date", "global::System.DateOnly", "a date (yyyy-MM-dd, such as 2021-10-17)", "global::System.DateTime"),
        new(ScalarKind.DateTime, "datetime", "global::System.DateTimeOffset", "a datetime (ISO 8601 with an offset, such as 2021-10-17T04:36:00Z)"),
        new(ScalarKind.Duration, "duration", "global::System.TimeSpan", "a duration (ISO 8601 such as P12D or PT30M, or '12 days', '30 minutes', '1.5 hours')"),
        new(ScalarKind.Url, "url", "global::System.Uri", "an absolute url (such as https://example.org/page)", IsReference: true),
    ];

    private static readonly Dictionary<string, ScalarKind> s_byName = s_table.ToDictionary(t => t.Name, t => t.Kind, StringComparer.Ordinal);

    public static IEnumerable<string> BuiltInNames => s_table.Select(t => t.Name);

    public static bool TryGetScalar(string name, out ScalarKind kind) => s_byName.TryGetValue(name, out kind);

    public static string NameOf(ScalarKind kind) => s_table[(int)kind].Name;

    /// <summary>The C# type of a built-in type; <c>date</c> is DateTime where the target has no DateOnly.</summary>
    public static string CSharpType(ScalarKind kind, bool hasDateOnly)
        => !hasDateOnly && s_table[(int)kind].FallbackCSharpType is { } fallback ? fallback : s_table[(int)kind].CSharpType;

    /// <summary>Whether the C# type of a built-in type is a value type (nullable as <c>T?</c> in every language version).</summary>
    public static bool IsValueType(ScalarKind kind) => kind != ScalarKind.String && !s_table[(int)kind].IsReference;

    /// <summary>Describes an expected type for messages: "an int", "a date (yyyy-MM-dd)".</summary>
    public static string Describe(ScalarKind kind) => s_table[(int)kind].Description;

    /// <summary>Parses a type expression: a name, then optionally <c>[]</c>, then optionally <c>?</c>.</summary>
    public static bool TrySplitTypeName(string text, out string name, out bool isList, out bool isNullable)
    {
        var t = text.Trim();
        isNullable = t.EndsWith("?", StringComparison.Ordinal);
        if (isNullable)
        {
            t = t.Substring(0, t.Length - 1).TrimEnd();
        }

        isList = t.EndsWith("[]", StringComparison.Ordinal);
        if (isList)
        {
            t = t.Substring(0, t.Length - 2).TrimEnd();
        }

        name = t;
        return name.Length > 0 && Identifiers.IsPlainName(name);
    }

    /// <summary>The outcome of reading one plain or quoted scalar as a built-in type.</summary>
    public readonly record struct Conversion(bool Success, string Canonical, string? ErrorId, string Detail)
    {
        public static Conversion Ok(string canonical) => new(true, canonical, null, string.Empty);

        public static Conversion Fail(string errorId, string detail = "") => new(false, string.Empty, errorId, detail);
    }

    public static Conversion Convert(ScalarKind kind, string text, bool isPlain)
    {
        if (kind == ScalarKind.String)
        {
            return Conversion.Ok(text);
        }

        // A quoted scalar is always a string (SPEC 2.2), so it is no number, date or bool. A url
        // is text, and URLs are often quoted in YAML (for '#' and ': '), so it may be quoted.
        if (!isPlain && kind != ScalarKind.Url)
        {
            return Conversion.Fail("TF2002", "; a quoted value is always a string: remove the quotes");
        }

        var invariant = CultureInfo.InvariantCulture;
        switch (kind)
        {
            case ScalarKind.Int:
                if (!IsInteger(text))
                {
                    return Conversion.Fail("TF2002");
                }

                return int.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var i)
                    ? Conversion.Ok(i.ToString(invariant))
                    : Conversion.Fail("TF2005", "long");

            case ScalarKind.Long:
                if (!IsInteger(text))
                {
                    return Conversion.Fail("TF2002");
                }

                return long.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var l)
                    ? Conversion.Ok(l.ToString(invariant))
                    : Conversion.Fail("TF2005", "double or decimal");

            case ScalarKind.Double:
                return ConvertDouble(text);

            case ScalarKind.Decimal:
                if (!s_float.IsMatch(text))
                {
                    return Conversion.Fail("TF2002");
                }

                return decimal.TryParse(text, NumberStyles.Float, invariant, out var m)
                    ? Conversion.Ok(m.ToString(invariant))
                    : Conversion.Fail("TF2005", "double, or fewer digits");

            case ScalarKind.Bool:
                return text switch
                {
                    "true" or "True" or "TRUE" => Conversion.Ok("true"),
                    "false" or "False" or "FALSE" => Conversion.Ok("false"),
                    _ => Conversion.Fail("TF2002", IsYamlOneOneBool(text) ? "; only 'true' and 'false' are booleans ('yes', 'no', 'on' and 'off' are strings)" : string.Empty),
                };

            case ScalarKind.Date:
                return ConvertDate(text);

            case ScalarKind.DateTime:
                return ConvertDateTime(text);

            case ScalarKind.Duration:
                return ConvertDuration(text);

            default:
                return ConvertUrl(text);
        }
    }

    /// <summary>The type a plain scalar has when nothing declares it (SPEC 2.3).</summary>
    public static ScalarKind Infer(string text, bool isPlain)
    {
        if (!isPlain || text.Length == 0)
        {
            return ScalarKind.String;
        }

        if (IsInteger(text))
        {
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? ScalarKind.Int
                : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? ScalarKind.Long
                : ScalarKind.Double;
        }

        if (s_float.IsMatch(text) || text is ".inf" or "-.inf" or "+.inf" or ".nan")
        {
            return ScalarKind.Double;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return ScalarKind.Bool;
        }

        if (IsDateShape(text))
        {
            return ScalarKind.Date;
        }

        // A date-time without an offset is still inferred as one, so that it gets the error
        // that asks for the offset instead of silently becoming a string.
        if (s_dateTime.IsMatch(text))
        {
            return ScalarKind.DateTime;
        }

        return text.Length > 1 && text[0] == 'P' && s_isoDuration.IsMatch(text) ? ScalarKind.Duration : ScalarKind.String;
    }

    private static bool IsYamlOneOneBool(string text)
        => text.ToLowerInvariant() is "yes" or "no" or "on" or "off" or "y" or "n";

    private static Conversion ConvertDouble(string text)
    {
        switch (text)
        {
            case ".inf" or "+.inf" or ".Inf" or ".INF":
                return Conversion.Ok("Infinity");
            case "-.inf" or "-.Inf" or "-.INF":
                return Conversion.Ok("-Infinity");
            case ".nan" or ".NaN" or ".NAN":
                return Conversion.Ok("NaN");
        }

        if (!s_float.IsMatch(text))
        {
            return Conversion.Fail("TF2002");
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || double.IsInfinity(d))
        {
            return Conversion.Fail("TF2005", "a number within ±1.7976931348623157e308, or '.inf' for infinity");
        }

        return Conversion.Ok(d.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>An optional sign and decimal digits; by hand, as it runs for every number of a file.</summary>
    private static bool IsInteger(string text)
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

    private static Conversion ConvertDate(string text)
    {
        // yyyy-MM-dd is already canonical: a valid date is its own text.
        return IsDateShape(text) && TryDate(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2), out _)
            ? Conversion.Ok(text)
            : Conversion.Fail("TF2002");
    }

    private static bool IsDateShape(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            if (i is not (4 or 7) && text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Digits(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    private static bool TryDate(Match match, out DateTime date)
        => TryDate(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), out date);

    private static bool TryDate(int y, int mo, int d, out DateTime date)
    {
        date = default;
        if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }

        date = new DateTime(y, mo, d, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    private static Conversion ConvertDateTime(string text)
    {
        var match = s_dateTime.Match(text);
        if (!match.Success || !TryDate(match, out var date))
        {
            return Conversion.Fail("TF2002");
        }

        var offsetText = match.Groups[8].Value;
        if (offsetText.Length == 0)
        {
            return Conversion.Fail("TF2003");
        }

        var hour = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture);
        var second = match.Groups[6].Success ? int.Parse(match.Groups[6].Value, CultureInfo.InvariantCulture) : 0;
        var fraction = match.Groups[7].Success ? int.Parse(match.Groups[7].Value.PadRight(7, '0'), CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return Conversion.Fail("TF2002");
        }

        var offset = TimeSpan.Zero;
        if (offsetText is not ("Z" or "z"))
        {
            var digits = offsetText.Substring(1).Replace(":", string.Empty);
            var offsetHours = int.Parse(digits.Substring(0, 2), CultureInfo.InvariantCulture);
            var offsetMinutes = digits.Length > 2 ? int.Parse(digits.Substring(2), CultureInfo.InvariantCulture) : 0;
            if (offsetHours > 14 || offsetMinutes > 59 || (offsetHours == 14 && offsetMinutes > 0))
            {
                return Conversion.Fail("TF2002");
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (offsetText[0] == '-')
            {
                offset = offset.Negate();
            }
        }

        var local = date.AddTicks(((((hour * 60L) + minute) * 60L) + second) * TimeSpan.TicksPerSecond + fraction);
        var utc = local - offset;
        if (utc < DateTime.MinValue.AddDays(1) || utc > DateTime.MaxValue.AddDays(-1))
        {
            return Conversion.Fail("TF2002");
        }

        return Conversion.Ok(new DateTimeOffset(local, offset).ToString("o", CultureInfo.InvariantCulture));
    }

    private static Conversion ConvertDuration(string text)
    {
        decimal ticks;
        var iso = s_isoDuration.Match(text);
        if (iso.Success && text.Length > 1 && text != "PT")
        {
            if (iso.Groups[1].Success || iso.Groups[2].Success)
            {
                return Conversion.Fail("TF2004", iso.Groups[1].Success ? "years" : "months");
            }

            ticks = 0m;
            var units = new[] { TimeSpan.TicksPerDay * 7, TimeSpan.TicksPerDay, TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond };
            for (var i = 0; i < units.Length; i++)
            {
                var group = iso.Groups[i + 3];
                if (!group.Success)
                {
                    continue;
                }

                if (!TryDecimal(group.Value, out var amount))
                {
                    return Conversion.Fail("TF2005", "a shorter duration");
                }

                ticks += amount * units[i];
            }
        }
        else
        {
            var human = s_humanDuration.Match(text);
            if (!human.Success)
            {
                return Conversion.Fail("TF2002");
            }

            var unit = human.Groups[2].Value.ToLowerInvariant();
            if (unit is "month" or "year")
            {
                return Conversion.Fail("TF2004", unit + "s");
            }

            var perUnit = unit switch
            {
                "second" => TimeSpan.TicksPerSecond,
                "minute" => TimeSpan.TicksPerMinute,
                "hour" => TimeSpan.TicksPerHour,
                "day" => TimeSpan.TicksPerDay,
                _ => TimeSpan.TicksPerDay * 7,
            };
            if (!TryDecimal(human.Groups[1].Value, out var amount))
            {
                return Conversion.Fail("TF2005", "a shorter duration");
            }

            ticks = amount * perUnit;
        }

        if (ticks > TimeSpan.MaxValue.Ticks)
        {
            return Conversion.Fail("TF2005", "a shorter duration");
        }

        return Conversion.Ok(decimal.Round(ticks).ToString(CultureInfo.InvariantCulture));
    }

    private static bool TryDecimal(string text, out decimal value)
    {
        value = 0;
        if (text.Length > 20)
        {
            return false;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && value < 1e12m;
    }

    private static Conversion ConvertUrl(string text)
    {
        // Uri also calls "/path" absolute on Unix (an implicit file URI); a url needs a scheme.
        return s_uriScheme.IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.IsAbsoluteUri
            ? Conversion.Ok(text)
            : Conversion.Fail("TF2002", "; a url must be absolute, with a scheme such as https://");
    }
}

/// <summary>A row of the type table.</summary>
internal sealed record ScalarType(ScalarKind Kind, string Name, string CSharpType, string Description, string? FallbackCSharpType = null, bool IsReference = false);
