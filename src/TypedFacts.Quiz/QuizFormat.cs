using System;
using System.Globalization;

namespace TypedFacts.Quiz
{
    /// <summary>
    /// How the engine writes values as options, in the invariant culture, the same way for an answer and its
    /// distractors (so that no option gives itself away by its form). Front ends may use it to show values beside a
    /// question; tests parse options back with the formats documented on each method.
    /// </summary>
    public static class QuizFormat
    {
        private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

        /// <summary>A whole number: digits only below 10,000 (<c>1969</c>, <c>3000</c>), with thousands separators from 10,000 (<c>12,500</c>).</summary>
        /// <param name="value">The number.</param>
        /// <returns>The text.</returns>
        public static string Number(long value)
            => Math.Abs(value) >= 10000 ? value.ToString("#,0", s_invariant) : value.ToString(s_invariant);

        /// <summary>A decimal number with at most three decimals: <c>3.5</c>, <c>12,500.25</c> (separators from 10,000).</summary>
        /// <param name="value">The number.</param>
        /// <returns>The text.</returns>
        public static string Number(double value)
            => value.ToString(Math.Abs(value) >= 10000 ? "#,0.###" : "0.###", s_invariant);

        /// <summary>A decimal number with at most three decimals, as <see cref="Number(double)"/>.</summary>
        /// <param name="value">The number.</param>
        /// <returns>The text.</returns>
        public static string Number(decimal value)
            => value.ToString(Math.Abs(value) >= 10000 ? "#,0.###" : "0.###", s_invariant);

        /// <summary>
        /// A date known to the year, the month or the day: <c>2021</c> (format <c>yyyy</c>), <c>October 2021</c>
        /// (<c>MMMM yyyy</c>), <c>17 October 2021</c> (<c>d MMMM yyyy</c>).
        /// </summary>
        /// <param name="value">The date.</param>
        /// <returns>The text.</returns>
        public static string Date(FactDate value)
        {
            switch (value.Precision)
            {
                case FactDatePrecision.Year:
                    return value.Year.ToString("0000", s_invariant);
                case FactDatePrecision.Month:
                    return new DateTime(value.Year, value.Month ?? 1, 1).ToString("MMMM yyyy", s_invariant);
                default:
                    return Date(new DateTime(value.Year, value.Month ?? 1, value.Day ?? 1));
            }
        }

        /// <summary>A calendar date: <c>17 October 2021</c> (format <c>d MMMM yyyy</c>); the time of day is ignored.</summary>
        /// <param name="value">The date.</param>
        /// <returns>The text.</returns>
        public static string Date(DateTime value) => value.ToString("d MMMM yyyy", s_invariant);

        /// <summary>
        /// An instant, in UTC: <c>17 October 2021, 04:36 UTC</c> (format <c>d MMMM yyyy, HH:mm 'UTC'</c>; with
        /// <c>:ss</c> when the seconds are not zero).
        /// </summary>
        /// <param name="value">The instant.</param>
        /// <returns>The text.</returns>
        public static string Instant(DateTimeOffset value)
        {
            var utc = value.ToUniversalTime();
            return utc.ToString(utc.Second == 0 && utc.Millisecond == 0 ? "d MMMM yyyy, HH:mm 'UTC'" : "d MMMM yyyy, HH:mm:ss 'UTC'", s_invariant);
        }

        /// <summary>A duration in the largest whole unit that fits it: <c>12 days</c>, <c>1 hour</c>, <c>30 minutes</c>, <c>1.5 seconds</c>.</summary>
        /// <param name="value">The duration.</param>
        /// <returns>The text.</returns>
        public static string Duration(TimeSpan value)
        {
            var (count, unit) = WholeUnits(value);
            return unit == "second" && value.Ticks % TimeSpan.TicksPerSecond != 0
                ? value.TotalSeconds.ToString("0.###", s_invariant) + " seconds"
                : count.ToString(s_invariant) + " " + unit + (Math.Abs(count) == 1 ? string.Empty : "s");
        }

        /// <summary>A yes/no value: <c>Yes</c> or <c>No</c>.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The text.</returns>
        public static string Boolean(bool value) => value ? "Yes" : "No";

        /// <summary>An enum member or other identifier as words in sentence case: <c>AgencyHead</c> → <c>Agency head</c>.</summary>
        /// <param name="identifier">The identifier.</param>
        /// <returns>The text.</returns>
        public static string Words(string identifier) => QuizText.Sentence(identifier ?? throw new ArgumentNullException(nameof(identifier)));

        /// <summary>The largest unit (day, hour, minute, second) of which the duration is a whole number, and that number.</summary>
        internal static (long Count, string Unit) WholeUnits(TimeSpan value)
        {
            if (value.Ticks != 0 && value.Ticks % TimeSpan.TicksPerDay == 0)
            {
                return (value.Ticks / TimeSpan.TicksPerDay, "day");
            }

            if (value.Ticks != 0 && value.Ticks % TimeSpan.TicksPerHour == 0)
            {
                return (value.Ticks / TimeSpan.TicksPerHour, "hour");
            }

            if (value.Ticks != 0 && value.Ticks % TimeSpan.TicksPerMinute == 0)
            {
                return (value.Ticks / TimeSpan.TicksPerMinute, "minute");
            }

            return (value.Ticks / TimeSpan.TicksPerSecond, "second");
        }

        internal static long TicksPer(string unit)
        {
            switch (unit)
            {
                case "day":
                    return TimeSpan.TicksPerDay;
                case "hour":
                    return TimeSpan.TicksPerHour;
                case "minute":
                    return TimeSpan.TicksPerMinute;
                default:
                    return TimeSpan.TicksPerSecond;
            }
        }
    }
}
