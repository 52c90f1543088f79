using System;
using System.Globalization;

namespace TypedFacts
{
    /// <summary>How precisely a <see cref="FactDate"/> is known.</summary>
    public enum FactDatePrecision
    {
        /// <summary>Known to the year: <c>2021</c>.</summary>
        Year,

        /// <summary>Known to the month: <c>2021-10</c>.</summary>
        Month,

        /// <summary>Known to the day: <c>2021-10-17</c>.</summary>
        Day,
    }

    /// <summary>
    /// A date known to the year, the month or the day (the <c>partialdate</c> type of fact files), as sources give
    /// dates: "last year", "in December", "on October 17". Ordered by year, then month, then day, a missing part
    /// sorting before any present one: <c>2021</c> &lt; <c>2021-10</c> &lt; <c>2021-10-01</c>.
    /// </summary>
    public readonly struct FactDate : IEquatable<FactDate>, IComparable<FactDate>, IComparable
    {
        private readonly short _year;
        private readonly byte _month;
        private readonly byte _day;

        /// <summary>A date known to the year.</summary>
        /// <param name="year">The year, 1 to 9999.</param>
        public FactDate(int year)
            : this(year, 0, 0)
        {
        }

        /// <summary>A date known to the month.</summary>
        /// <param name="year">The year, 1 to 9999.</param>
        /// <param name="month">The month, 1 to 12.</param>
        public FactDate(int year, int month)
            : this(year, month, 0)
        {
            if (month < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
            }
        }

        /// <summary>A date known to the day.</summary>
        /// <param name="year">The year, 1 to 9999.</param>
        /// <param name="month">The month, 1 to 12.</param>
        /// <param name="day">The day of the month.</param>
        public FactDate(int year, int month, int day)
        {
            if (year < 1 || year > 9999)
            {
                throw new ArgumentOutOfRangeException(nameof(year), year, "A year is 1 to 9999.");
            }

            if (month < 0 || month > 12)
            {
                throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
            }

            if (day < 0 || (day > 0 && (month == 0 || day > DateTime.DaysInMonth(year, month))))
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of that month.");
            }

            _year = (short)year;
            _month = (byte)month;
            _day = (byte)day;
        }

        /// <summary>The year.</summary>
        public int Year => _year;

        /// <summary>The month, 1 to 12; null when the date is known to the year only.</summary>
        public int? Month => _month == 0 ? null : _month;

        /// <summary>The day of the month; null when the date is known to the year or the month only.</summary>
        public int? Day => _day == 0 ? null : _day;

        /// <summary>How precisely the date is known.</summary>
        public FactDatePrecision Precision => _day != 0 ? FactDatePrecision.Day : _month != 0 ? FactDatePrecision.Month : FactDatePrecision.Year;

        /// <summary>Reads <c>2021</c>, <c>2021-10</c> or <c>2021-10-17</c>.</summary>
        /// <param name="text">The text.</param>
        /// <param name="date">The date, when the text is one.</param>
        /// <returns>Whether the text is a year, a year and month, or a full date that exists.</returns>
        public static bool TryParse(string? text, out FactDate date)
        {
            date = default;
            if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
            {
                return false;
            }

            if (!Digits(text, 0, 4, out var year) || year < 1)
            {
                return false;
            }

            if (text.Length == 4)
            {
                date = new FactDate(year);
                return true;
            }

            if (text[4] != '-' || !Digits(text, 5, 2, out var month) || month < 1 || month > 12)
            {
                return false;
            }

            if (text.Length == 7)
            {
                date = new FactDate(year, month);
                return true;
            }

            if (text[7] != '-' || !Digits(text, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new FactDate(year, month, day);
            return true;
        }

        /// <summary>Reads <c>2021</c>, <c>2021-10</c> or <c>2021-10-17</c>.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The date.</returns>
        /// <exception cref="FormatException">The text is not a partial date.</exception>
        public static FactDate Parse(string text)
            => TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date known to the year (2021), the month (2021-10) or the day (2021-10-17).");

        /// <summary>Whether two dates are the same, to the same precision: <c>2021-10</c> is not <c>2021-10-01</c>.</summary>
        /// <param name="other">The other date.</param>
        /// <returns>Whether they are equal.</returns>
        public bool Equals(FactDate other) => _year == other._year && _month == other._month && _day == other._day;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is FactDate other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (_year << 16) | (_month << 8) | _day;

        /// <summary>Orders by year, then month, then day; a missing part sorts before any present one.</summary>
        /// <param name="other">The other date.</param>
        /// <returns>Less than zero, zero, or more than zero.</returns>
        public int CompareTo(FactDate other)
        {
            var order = _year.CompareTo(other._year);
            if (order == 0)
            {
                order = _month.CompareTo(other._month);
            }

            return order != 0 ? order : _day.CompareTo(other._day);
        }

        /// <inheritdoc/>
        public int CompareTo(object? obj)
            => obj is null ? 1 : obj is FactDate other ? CompareTo(other) : throw new ArgumentException("The object is not a FactDate.", nameof(obj));

        /// <summary>The date as fact files write it.</summary>
        /// <returns><c>2021</c>, <c>2021-10</c> or <c>2021-10-17</c>.</returns>
        public override string ToString()
        {
            var year = _year.ToString("D4", CultureInfo.InvariantCulture);
            return _month == 0 ? year
                : _day == 0 ? year + "-" + _month.ToString("D2", CultureInfo.InvariantCulture)
                : year + "-" + _month.ToString("D2", CultureInfo.InvariantCulture) + "-" + _day.ToString("D2", CultureInfo.InvariantCulture);
        }

        /// <summary>Whether two dates are equal.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        /// <returns>Whether they are equal.</returns>
        public static bool operator ==(FactDate left, FactDate right) => left.Equals(right);

        /// <summary>Whether two dates differ.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        /// <returns>Whether they differ.</returns>
        public static bool operator !=(FactDate left, FactDate right) => !left.Equals(right);

        /// <summary>Whether a date sorts before another.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        /// <returns>Whether <paramref name="left"/> sorts first.</returns>
        public static bool operator <(FactDate left, FactDate right) => left.CompareTo(right) < 0;

        /// <summary>Whether a date sorts after another.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        /// <returns>Whether <paramref name="left"/> sorts last.</returns>
        public static bool operator >(FactDate left, FactDate right) => left.CompareTo(right) > 0;

        /// <summary>Whether a date sorts before another or equals it.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        /// <returns>Whether <paramref name="left"/> does not sort last.</returns>
        public static bool operator <=(FactDate left, FactDate right) => left.CompareTo(right) <= 0;

        /// <summary>Whether a date sorts after another or equals it.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        /// <returns>Whether <paramref name="left"/> does not sort first.</returns>
        public static bool operator >=(FactDate left, FactDate right) => left.CompareTo(right) >= 0;

        private static bool Digits(string text, int start, int length, out int value)
        {
            value = 0;
            for (var i = start; i < start + length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }

                value = (value * 10) + (text[i] - '0');
            }

            return true;
        }
    }
}
