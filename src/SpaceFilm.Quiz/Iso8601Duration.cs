using System.Globalization;
using System.Text;

namespace SpaceFilm.Quiz;

/// <summary>Writes a <see cref="TimeSpan"/> as an ISO 8601 duration such as <c>P12D</c> or <c>PT30M</c>.</summary>
/// <remarks>
/// ISO 8601 is also how <c>facts.yaml</c> writes durations, so the JSON reads like its source. Only days and smaller
/// units are used: a <see cref="TimeSpan"/> has no months or years.
/// </remarks>
public static class Iso8601Duration
{
    /// <summary>Formats a duration.</summary>
    /// <param name="value">The duration.</param>
    /// <returns>The ISO 8601 text; <c>PT0S</c> for zero, with a leading minus sign when negative.</returns>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "PT0S";
        }

        if (value < TimeSpan.Zero)
        {
            // TimeSpan.MinValue cannot be negated, so its ticks are worked with as an unsigned magnitude.
            return "-" + FormatMagnitude((ulong)-(value.Ticks + 1) + 1);
        }

        return FormatMagnitude((ulong)value.Ticks);
    }

    private static string FormatMagnitude(ulong ticks)
    {
        var days = ticks / TimeSpan.TicksPerDay;
        var hours = ticks / TimeSpan.TicksPerHour % 24;
        var minutes = ticks / TimeSpan.TicksPerMinute % 60;
        var secondTicks = ticks % TimeSpan.TicksPerMinute;

        var text = new StringBuilder("P");
        if (days > 0)
        {
            text.Append(days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (hours > 0 || minutes > 0 || secondTicks > 0)
        {
            text.Append('T');
            if (hours > 0)
            {
                text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (minutes > 0)
            {
                text.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            if (secondTicks > 0)
            {
                var seconds = secondTicks / (decimal)TimeSpan.TicksPerSecond;
                text.Append(seconds.ToString("0.#######", CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return text.ToString();
    }
}
