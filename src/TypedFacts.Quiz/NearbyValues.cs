using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedFacts.Quiz
{
    /// <summary>
    /// Plausible wrong values near a number, duration or date, for questions whose field has too few other values,
    /// and the distance of any value from the answer on the answer's own scale.
    /// </summary>
    /// <remarks>
    /// Whole numbers below 100, and any number whose field or constant name says it is a year, move by 1 to 5; larger
    /// ones by half their order of magnitude (3000 → 2500, 3500, 2000…), never to zero or below when the answer is
    /// positive. Decimals move by about 2% at their own precision. Durations move by 1 to 5 of their largest whole
    /// unit (12 days → 10, 11, 13 days). Dates move by 1 to 5 of their precision (days, months or years); instants
    /// by 30 minutes to 3 hours, or a day.
    /// </remarks>
    internal static class NearbyValues
    {
        private const int Steps = 5;

        /// <summary>Whether the value is of a type this class can move: a number, a duration or a date.</summary>
        public static bool IsScalable(object value)
            => IsIntegral(value) || value is double || value is float || value is decimal || value is TimeSpan
               || value is FactDate || value is DateTimeOffset || AsDate(value) is not null;

        /// <summary>Where <paramref name="value"/> lies on <paramref name="answer"/>'s scale; null when they are not comparable (another type or precision).</summary>
        public static double? Position(object answer, object value)
        {
            if (IsNumber(answer) && IsNumber(value))
            {
                return Convert.ToDouble(value, CultureInfo.InvariantCulture);
            }

            if (answer is TimeSpan unitOf && value is TimeSpan span)
            {
                return (double)span.Ticks / QuizFormat.TicksPer(QuizFormat.WholeUnits(unitOf).Unit);
            }

            if (answer is FactDate a && value is FactDate d)
            {
                if (a.Precision != d.Precision)
                {
                    return null;
                }

                switch (d.Precision)
                {
                    case FactDatePrecision.Year:
                        return d.Year;
                    case FactDatePrecision.Month:
                        return (d.Year * 12) + (d.Month ?? 1);
                    default:
                        return new DateTime(d.Year, d.Month ?? 1, d.Day ?? 1).Ticks / TimeSpan.TicksPerDay;
                }
            }

            if (answer is DateTimeOffset && value is DateTimeOffset instant)
            {
                return instant.UtcTicks / TimeSpan.TicksPerMinute;
            }

            if (AsDate(answer) is not null && AsDate(value) is DateTime date)
            {
                return date.Ticks / TimeSpan.TicksPerDay;
            }

            return null;
        }

        /// <summary>Values around the answer, of a type <see cref="ModelReader.Format"/> writes like the answer.</summary>
        /// <param name="answer">The right value.</param>
        /// <param name="yearLike">Whether the name of its field or constant says it is a year (move by 1).</param>
        public static IEnumerable<object> Around(object answer, bool yearLike)
        {
            if (IsIntegral(answer))
            {
                var value = Convert.ToInt64(answer, CultureInfo.InvariantCulture);
                var step = yearLike ? 1 : StepOf(value);
                for (var k = 1; k <= Steps; k++)
                {
                    foreach (var candidate in new[] { value - (k * step), value + (k * step) })
                    {
                        if (value < 0 || candidate > 0 || (value == 0 && candidate == 0))
                        {
                            yield return candidate;
                        }
                    }
                }

                yield break;
            }

            if (answer is double || answer is float || answer is decimal)
            {
                var value = Convert.ToDouble(answer, CultureInfo.InvariantCulture);
                var decimals = DecimalsOf(value);
                var unit = Math.Pow(10, -decimals);
                var step = unit * Math.Max(1, Math.Round(Math.Abs(value) / unit * 0.02));
                for (var k = 1; k <= Steps; k++)
                {
                    foreach (var candidate in new[] { value - (k * step), value + (k * step) })
                    {
                        if (value <= 0 || candidate > 0)
                        {
                            var rounded = Math.Round(candidate, decimals);
                            yield return answer is decimal ? (object)(decimal)rounded : rounded;
                        }
                    }
                }

                yield break;
            }

            if (answer is TimeSpan span)
            {
                var (count, unit) = QuizFormat.WholeUnits(span);
                var ticks = QuizFormat.TicksPer(unit);
                var step = StepOf(count);
                for (var k = 1; k <= Steps; k++)
                {
                    foreach (var candidate in new[] { count - (k * step), count + (k * step) })
                    {
                        if (candidate > 0)
                        {
                            yield return TimeSpan.FromTicks(candidate * ticks);
                        }
                    }
                }

                yield break;
            }

            if (answer is FactDate date)
            {
                foreach (var candidate in Around(date))
                {
                    yield return candidate;
                }

                yield break;
            }

            if (answer is DateTimeOffset instant)
            {
                foreach (var minutes in new[] { 30, 60, 90, 120, 180, 1440 })
                {
                    yield return instant.AddMinutes(-minutes);
                    yield return instant.AddMinutes(minutes);
                }

                yield break;
            }

            if (AsDate(answer) is DateTime day)
            {
                for (var k = 1; k <= Steps; k++)
                {
                    if (day.Ticks > k * TimeSpan.TicksPerDay)
                    {
                        yield return day.AddDays(-k);
                    }

                    if (day < DateTime.MaxValue.AddDays(-k))
                    {
                        yield return day.AddDays(k);
                    }
                }
            }
        }

        /// <summary>
        /// A calendar date, for values of the <c>date</c> type: <see cref="DateTime"/> (targets without DateOnly) or
        /// <c>System.DateOnly</c>, read through <see cref="IFormattable"/> so that this netstandard2.0 code reads the
        /// DateOnly of a model compiled for .NET 6 or later without reflection.
        /// </summary>
        public static DateTime? AsDate(object value)
        {
            if (value is DateTime dateTime)
            {
                return dateTime.Date;
            }

#if NET6_0_OR_GREATER
            if (value is DateOnly dateOnly)
            {
                return dateOnly.ToDateTime(TimeOnly.MinValue);
            }
#else
            if (value is IFormattable formattable && value.GetType().FullName == "System.DateOnly")
            {
                return DateTime.ParseExact(formattable.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
#endif
            return null;
        }

        private static IEnumerable<object> Around(FactDate date)
        {
            for (var k = 1; k <= Steps; k++)
            {
                foreach (var sign in new[] { -1, 1 })
                {
                    var offset = sign * k;
                    switch (date.Precision)
                    {
                        case FactDatePrecision.Year:
                            var year = date.Year + offset;
                            if (year >= 1 && year <= 9999)
                            {
                                yield return new FactDate(year);
                            }

                            break;
                        case FactDatePrecision.Month:
                            var months = (date.Year * 12) + (date.Month ?? 1) - 1 + offset;
                            if (months >= 12 && months < 10000 * 12)
                            {
                                yield return new FactDate(months / 12, (months % 12) + 1);
                            }

                            break;
                        default:
                            var day = new DateTime(date.Year, date.Month ?? 1, date.Day ?? 1);
                            if ((offset < 0 && day.Ticks > k * TimeSpan.TicksPerDay) || (offset > 0 && day < DateTime.MaxValue.AddDays(-k)))
                            {
                                var moved = day.AddDays(offset);
                                yield return new FactDate(moved.Year, moved.Month, moved.Day);
                            }

                            break;
                    }
                }
            }
        }

        private static long StepOf(long value)
        {
            var magnitude = Math.Abs(value);
            if (magnitude < 100)
            {
                return 1;
            }

            long power = 1;
            while (power <= magnitude / 10)
            {
                power *= 10;
            }

            return Math.Max(1, power / 2);
        }

        private static int DecimalsOf(double value)
        {
            var text = Math.Abs(value).ToString("0.###", CultureInfo.InvariantCulture);
            var point = text.IndexOf('.');
            return point < 0 ? 0 : text.Length - point - 1;
        }

        private static bool IsNumber(object value) => IsIntegral(value) || value is double || value is float || value is decimal;

        private static bool IsIntegral(object value)
            => value is int || value is long || value is short || value is byte || value is sbyte || value is ushort || value is uint;
    }
}
