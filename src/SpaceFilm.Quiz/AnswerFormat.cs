using System.Globalization;

namespace SpaceFilm.Quiz;

/// <summary>Turns typed fact values into the text of quiz options, the same way for the answer and its distractors.</summary>
public static class AnswerFormat
{
    /// <summary>A whole number, with thousands separators.</summary>
    /// <param name="value">The number.</param>
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A duration in the largest whole unit that fits it, such as <c>12 days</c> or <c>30 minutes</c>.</summary>
    /// <param name="value">The duration.</param>
    public static string Duration(TimeSpan value)
    {
        if (value.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return Count((long)value.TotalDays, "day");
        }

        if (value.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return Count((long)value.TotalHours, "hour");
        }

        if (value.Ticks % TimeSpan.TicksPerMinute == 0)
        {
            return Count((long)value.TotalMinutes, "minute");
        }

        return value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " seconds";
    }

    /// <summary>A calendar date such as <c>Friday 15 October 2021</c>.</summary>
    /// <param name="value">The date.</param>
    public static string Date(DateOnly value) => value.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A time of day in UTC such as <c>04:36 UTC</c>.</summary>
    /// <param name="value">The instant.</param>
    public static string UtcTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC";

    private static string Count(long count, string unit) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + unit + (Math.Abs(count) == 1 ? string.Empty : "s");
}
