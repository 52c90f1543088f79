using System;
using System.Globalization;
using System.Text.RegularExpressions;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Format.Scalars;

/// <summary><c>date</c>: <c>yyyy-MM-dd</c>, a DateOnly (a DateTime where the target has none).</summary>
internal sealed class DateType() : ScalarType(ScalarKind.Date, "date", "global::System.DateOnly", "a date (yyyy-MM-dd, such as 2021-10-17)")
{
    public override string CSharpTypeFor(bool hasDateOnly) => hasDateOnly ? CSharpType : "global::System.DateTime";

    public override bool Recognizes(string text) => Dates.IsDateShape(text);

    public override string Literal(string canonical, bool hasDateOnly)
        => $"new {CSharpTypeFor(hasDateOnly)}({Dates.Part(canonical, 0, 4)}, {Dates.Part(canonical, 5, 2)}, {Dates.Part(canonical, 8, 2)})";

    public override string DataRead(string reader, bool hasDateOnly)
        => hasDateOnly ? "global::System.DateOnly.FromDateTime(" + reader + ".ReadDate())" : reader + ".ReadDate()";

    // yyyy-MM-dd is already canonical: a valid date is its own text.
    protected override ScalarParse ParseText(string text)
        => Dates.IsDateShape(text) && Dates.IsValid(Dates.Digits(text, 0, 4), Dates.Digits(text, 5, 2), Dates.Digits(text, 8, 2))
            ? ScalarParse.Ok(text)
            : ScalarParse.Fail(ValueErrorKind.NotOfType);
}

/// <summary>
/// <c>partialdate</c>: a date known to the year (<c>2021</c>), the month (<c>2021-10</c>) or the day
/// (<c>2021-10-17</c>), the runtime's <c>FactDate</c>. Never inferred: <c>2021</c> alone reads as an int.
/// </summary>
internal sealed class PartialDateType() : ScalarType(ScalarKind.PartialDate, "partialdate", "global::TypedFacts.FactDate", "a partial date (2021, 2021-10 or 2021-10-17)")
{
    public override string Literal(string canonical, bool hasDateOnly)
    {
        var parts = canonical.Split('-');
        var text = Dates.Part(canonical, 0, 4);
        for (var i = 1; i < parts.Length; i++)
        {
            text += ", " + Dates.Part(parts[i], 0, 2);
        }

        return $"new {CSharpType}({text})";
    }

    public override string DataRead(string reader, bool hasDateOnly) => reader + ".ReadPartialDate()";

    // Canonical text is the value as written, once it is one of the three shapes and a real date.
    protected override ScalarParse ParseText(string text)
    {
        var valid = text.Length switch
        {
            4 => Dates.AllDigits(text, 0, 4) && Dates.Digits(text, 0, 4) >= 1,
            7 => text[4] == '-' && Dates.AllDigits(text, 0, 4) && Dates.AllDigits(text, 5, 2) && Dates.IsValid(Dates.Digits(text, 0, 4), Dates.Digits(text, 5, 2), 1),
            10 => Dates.IsDateShape(text) && Dates.IsValid(Dates.Digits(text, 0, 4), Dates.Digits(text, 5, 2), Dates.Digits(text, 8, 2)),
            _ => false,
        };
        return valid ? ScalarParse.Ok(text) : ScalarParse.Fail(ValueErrorKind.NotOfType);
    }
}

/// <summary><c>datetime</c>: ISO 8601 with <c>Z</c> or an offset, a DateTimeOffset; canonical in the round-trip form.</summary>
internal sealed class DateTimeType() : ScalarType(ScalarKind.DateTime, "datetime", "global::System.DateTimeOffset", "a datetime (ISO 8601 with an offset, such as 2021-10-17T04:36:00Z)")
{
    private static readonly Regex s_dateTime = new(
        @"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,7}))?)?[ \t]*(Z|z|[-+][0-9]{2}(?::?[0-9]{2})?)?$",
        RegexOptions.CultureInvariant);

    /// <summary>A date-time without an offset is still recognized, so that it gets the error that asks for one instead of becoming a string.</summary>
    public override bool Recognizes(string text) => s_dateTime.IsMatch(text);

    public override string Literal(string canonical, bool hasDateOnly)
    {
        var invariant = CultureInfo.InvariantCulture;
        var value = DateTimeOffset.ParseExact(canonical, "o", invariant, DateTimeStyles.None);
        var offset = value.Offset;
        var core = $"new global::System.DateTimeOffset({value.Year.ToString(invariant)}, {value.Month.ToString(invariant)}, {value.Day.ToString(invariant)}, {value.Hour.ToString(invariant)}, {value.Minute.ToString(invariant)}, {value.Second.ToString(invariant)}, new global::System.TimeSpan({offset.Hours.ToString(invariant)}, {offset.Minutes.ToString(invariant)}, 0))";
        var subSecond = value.Ticks % TimeSpan.TicksPerSecond;
        return subSecond == 0 ? core : core + ".AddTicks(" + subSecond.ToString(invariant) + ")";
    }

    public override string DataRead(string reader, bool hasDateOnly) => reader + ".ReadDateTimeOffset()";

    protected override ScalarParse ParseText(string text)
    {
        var match = s_dateTime.Match(text);
        if (!match.Success)
        {
            return ScalarParse.Fail(ValueErrorKind.NotOfType);
        }

        int Group(int index) => int.Parse(match.Groups[index].Value, CultureInfo.InvariantCulture);
        var (year, month, day) = (Group(1), Group(2), Group(3));
        if (!Dates.IsValid(year, month, day))
        {
            return ScalarParse.Fail(ValueErrorKind.NotOfType);
        }

        var offsetText = match.Groups[8].Value;
        if (offsetText.Length == 0)
        {
            return ScalarParse.Fail(ValueErrorKind.WithoutOffset);
        }

        var hour = Group(4);
        var minute = Group(5);
        var second = match.Groups[6].Success ? Group(6) : 0;
        var fraction = match.Groups[7].Success ? int.Parse(match.Groups[7].Value.PadRight(7, '0'), CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return ScalarParse.Fail(ValueErrorKind.NotOfType);
        }

        var offset = TimeSpan.Zero;
        if (offsetText is not ("Z" or "z"))
        {
            var digits = offsetText.Substring(1).Replace(":", string.Empty);
            var offsetHours = int.Parse(digits.Substring(0, 2), CultureInfo.InvariantCulture);
            var offsetMinutes = digits.Length > 2 ? int.Parse(digits.Substring(2), CultureInfo.InvariantCulture) : 0;
            if (offsetHours > 14 || offsetMinutes > 59 || (offsetHours == 14 && offsetMinutes > 0))
            {
                return ScalarParse.Fail(ValueErrorKind.NotOfType);
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (offsetText[0] == '-')
            {
                offset = offset.Negate();
            }
        }

        var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified).AddTicks(((((hour * 60L) + minute) * 60L) + second) * TimeSpan.TicksPerSecond + fraction);
        var utc = local - offset;
        if (utc < DateTime.MinValue.AddDays(1) || utc > DateTime.MaxValue.AddDays(-1))
        {
            return ScalarParse.Fail(ValueErrorKind.NotOfType);
        }

        return ScalarParse.Ok(new DateTimeOffset(local, offset).ToString("o", CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// <c>duration</c>: ISO 8601 (<c>P12D</c>, <c>PT30M</c>) or <c>12 days</c>, a TimeSpan; canonical as
/// ticks. Months and years have no fixed length and are refused.
/// </summary>
internal sealed class DurationType() : ScalarType(ScalarKind.Duration, "duration", "global::System.TimeSpan", "a duration (ISO 8601 such as P12D or PT30M, or '12 days', '30 minutes', '1.5 hours')")
{
    private static readonly Regex s_iso = new(
        @"^P(?:([0-9]+(?:\.[0-9]+)?)Y)?(?:([0-9]+(?:\.[0-9]+)?)M)?(?:([0-9]+(?:\.[0-9]+)?)W)?(?:([0-9]+(?:\.[0-9]+)?)D)?(?:T(?:([0-9]+(?:\.[0-9]+)?)H)?(?:([0-9]+(?:\.[0-9]+)?)M)?(?:([0-9]+(?:\.[0-9]+)?)S)?)?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex s_human = new(
        @"^([0-9]+(?:\.[0-9]+)?)[ \t]*(second|minute|hour|day|week|month|year)s?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly long[] s_isoUnits = [TimeSpan.TicksPerDay * 7, TimeSpan.TicksPerDay, TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond];

    /// <summary>Only the ISO form is inferred: "12 days" in an entry is as likely text as a duration.</summary>
    public override bool Recognizes(string text) => text.Length > 1 && text[0] == 'P' && s_iso.IsMatch(text);

    public override string Literal(string canonical, bool hasDateOnly) => $"new global::System.TimeSpan({canonical}L)";

    public override string DataRead(string reader, bool hasDateOnly) => reader + ".ReadTimeSpan()";

    protected override ScalarParse ParseText(string text)
    {
        decimal ticks;
        var iso = s_iso.Match(text);
        if (iso.Success && text.Length > 1 && text != "PT")
        {
            if (iso.Groups[1].Success || iso.Groups[2].Success)
            {
                return ScalarParse.Fail(ValueErrorKind.NotFixedLength, iso.Groups[1].Success ? "years" : "months");
            }

            ticks = 0m;
            for (var i = 0; i < s_isoUnits.Length; i++)
            {
                var group = iso.Groups[i + 3];
                if (!group.Success)
                {
                    continue;
                }

                if (!TryAmount(group.Value, out var amount))
                {
                    return ScalarParse.Fail(ValueErrorKind.OutOfRange, "a shorter duration");
                }

                ticks += amount * s_isoUnits[i];
            }
        }
        else
        {
            var human = s_human.Match(text);
            if (!human.Success)
            {
                return ScalarParse.Fail(ValueErrorKind.NotOfType);
            }

            var unit = human.Groups[2].Value.ToLowerInvariant();
            if (unit is "month" or "year")
            {
                return ScalarParse.Fail(ValueErrorKind.NotFixedLength, unit + "s");
            }

            var perUnit = unit switch
            {
                "second" => TimeSpan.TicksPerSecond,
                "minute" => TimeSpan.TicksPerMinute,
                "hour" => TimeSpan.TicksPerHour,
                "day" => TimeSpan.TicksPerDay,
                _ => TimeSpan.TicksPerDay * 7,
            };
            if (!TryAmount(human.Groups[1].Value, out var amount))
            {
                return ScalarParse.Fail(ValueErrorKind.OutOfRange, "a shorter duration");
            }

            ticks = amount * perUnit;
        }

        return ticks > TimeSpan.MaxValue.Ticks
            ? ScalarParse.Fail(ValueErrorKind.OutOfRange, "a shorter duration")
            : ScalarParse.Ok(decimal.Round(ticks).ToString(CultureInfo.InvariantCulture));
    }

    private static bool TryAmount(string text, out decimal value)
    {
        value = 0;
        return text.Length <= 20
            && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && value < 1e12m;
    }
}

/// <summary>Calendar arithmetic shared by the date rows, without regular expressions (it runs for every date of a file).</summary>
internal static class Dates
{
    public static bool IsDateShape(string text)
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

    public static bool AllDigits(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    public static int Digits(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    /// <summary>The number at <paramref name="start"/>, as C# source (no leading zeros).</summary>
    public static string Part(string text, int start, int length) => Digits(text, start, length).ToString(CultureInfo.InvariantCulture);

    public static bool IsValid(int year, int month, int day)
        => year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
