using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace TypedFacts
{
    /// <summary>
    /// For generated code: reads the values of one entry of a <see cref="FactData"/>, in order. The
    /// generated code knows each field's type and calls the matching method.
    /// </summary>
    /// <remarks>
    /// <para>The form: every value is its text followed by <c>|</c>, and every entry ends with a line
    /// feed. In a value's text, <c>\\</c>, <c>\|</c> and <c>\n</c> stand for a backslash, a bar and a
    /// line feed, so the raw bar and line feed only ever end a value or an entry; <c>\0</c> alone is
    /// null. Numbers are invariant (a double as the 16 hex digits of its bits, exact on every
    /// runtime), a date is <c>yyyy-MM-dd</c>, a date-time its round-trip (<c>"o"</c>) text, a
    /// duration its ticks, an enum member its position. A list is its count, then its items; an
    /// inline value its fields in order (after an empty value when it is nullable); a reference
    /// the target's id.</para>
    /// <para>Evidence is a count, then per item: the source's id, the quote, the number of fields and
    /// their YAML names, the note, and for a claim the position of its field and the value the
    /// source gives (an empty value when it is no claim).</para>
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FactDataReader
    {
        private readonly string _text;
        private int _position;

        internal FactDataReader(string text, int position)
        {
            _text = text;
            _position = position;
        }

        /// <summary>Reads a value that stands for a C# value of an item of a list, for <see cref="ReadList{T}"/>.</summary>
        /// <typeparam name="T">The item type.</typeparam>
        /// <param name="reader">The reader at the item.</param>
        /// <returns>The item.</returns>
        public delegate T Item<out T>(FactDataReader reader);

        /// <summary>Reads the value of a claim of the field at <paramref name="field"/> and returns it, typed as the field's property, when called.</summary>
        /// <param name="field">The position of the field in its kind.</param>
        /// <param name="reader">The reader at the value.</param>
        /// <returns>What builds the value (it may be an entry, looked up only when read).</returns>
        public delegate Func<object?> Claim(int field, FactDataReader reader);

        /// <summary>Whether the next value is null; if so it is read.</summary>
        /// <returns>Whether it was null.</returns>
        public bool IsNull()
        {
            var p = _position;
            if (p + 2 < _text.Length && _text[p] == '\\' && _text[p + 1] == '0' && _text[p + 2] == '|')
            {
                _position = p + 3;
                return true;
            }

            return false;
        }

        /// <summary>Reads a string.</summary>
        /// <returns>The text.</returns>
        public string ReadString()
        {
            var start = _position;
            var end = _text.IndexOfAny(s_special, start);
            if (end < 0)
            {
                throw Malformed();
            }

            if (_text[end] == '|')
            {
                _position = end + 1;
                return end == start ? string.Empty : _text.Substring(start, end - start);
            }

            return ReadEscaped(start);
        }

        /// <summary>Reads an <c>int</c>.</summary>
        /// <returns>The number.</returns>
        public int ReadInt32() => checked((int)ReadInt64());

        /// <summary>Reads a <c>long</c>.</summary>
        /// <returns>The number.</returns>
        public long ReadInt64()
        {
            var p = _position;
            var negative = p < _text.Length && _text[p] == '-';
            if (negative)
            {
                p++;
            }

            var start = p;
            ulong value = 0;
            while (p < _text.Length && _text[p] is >= '0' and <= '9')
            {
                value = checked((value * 10) + (ulong)(_text[p] - '0'));
                p++;
            }

            if (p == start || p >= _text.Length || _text[p] != '|')
            {
                throw Malformed();
            }

            _position = p + 1;
            if (!negative)
            {
                return checked((long)value);
            }

            // long.MinValue has no positive counterpart.
            return value == 9223372036854775808UL ? long.MinValue : -checked((long)value);
        }

        /// <summary>Reads a <c>double</c>, written as the 16 hex digits of its bits.</summary>
        /// <returns>The number.</returns>
        public double ReadDouble()
        {
            var text = ReadString();
            if (text.Length != 16 || !long.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bits))
            {
                throw Malformed();
            }

            return BitConverter.Int64BitsToDouble(bits);
        }

        /// <summary>Reads a <c>decimal</c>.</summary>
        /// <returns>The number.</returns>
        public decimal ReadDecimal() => decimal.Parse(ReadString(), NumberStyles.Float, CultureInfo.InvariantCulture);

        /// <summary>Reads a <c>bool</c>: <c>true</c> or <c>false</c>.</summary>
        /// <returns>The value.</returns>
        public bool ReadBoolean()
        {
            var text = ReadString();
            return text == "true" || (text == "false" ? false : throw Malformed());
        }

        /// <summary>Reads a date, <c>yyyy-MM-dd</c>, as a <see cref="DateTime"/> of unspecified kind (generated code makes it a <c>DateOnly</c> where the target has one).</summary>
        /// <returns>The date.</returns>
        public DateTime ReadDate()
        {
            var text = ReadString();
            if (text.Length != 10 || text[4] != '-' || text[7] != '-')
            {
                throw Malformed();
            }

            return new DateTime(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2));
        }

        /// <summary>Reads a partial date: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
        /// <returns>The date.</returns>
        public FactDate ReadPartialDate() => FactDate.TryParse(ReadString(), out var date) ? date : throw Malformed();

        /// <summary>Reads a date-time with its offset, in the round-trip form.</summary>
        /// <returns>The date-time.</returns>
        public DateTimeOffset ReadDateTimeOffset() => DateTimeOffset.ParseExact(ReadString(), "o", CultureInfo.InvariantCulture, DateTimeStyles.None);

        /// <summary>Reads a duration, written as its ticks.</summary>
        /// <returns>The duration.</returns>
        public TimeSpan ReadTimeSpan() => new TimeSpan(ReadInt64());

        /// <summary>Reads an absolute url.</summary>
        /// <returns>The url.</returns>
        public Uri ReadUri() => new Uri(ReadString(), UriKind.Absolute);

        /// <summary>Reads a list: its count, then each item.</summary>
        /// <typeparam name="T">The item type.</typeparam>
        /// <param name="item">Reads one item.</param>
        /// <returns>The items.</returns>
        public T[] ReadList<T>(Item<T> item)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(item));
            }

            var count = ReadInt32();
            if (count == 0)
            {
                return EmptyArray<T>.Value;
            }

            var items = new T[count];
            for (var i = 0; i < count; i++)
            {
                items[i] = item(this);
            }

            return items;
        }

        /// <summary>Reads the presence marker of a nullable inline value: false when it is null.</summary>
        /// <returns>Whether a value follows.</returns>
        public bool ReadPresent()
        {
            if (IsNull())
            {
                return false;
            }

            if (_position >= _text.Length || _text[_position] != '|')
            {
                throw Malformed();
            }

            _position++;
            return true;
        }

        /// <summary>Reads the evidence of an entry.</summary>
        /// <param name="source">The namespace's source of an id.</param>
        /// <param name="claim">Reads a claim's value for a field of the kind.</param>
        /// <returns>The items, in file order.</returns>
        public FactEvidence[] ReadEvidence(Func<string, FactSource> source, Claim claim)
        {
            if (source is null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            if (claim is null)
            {
                throw new ArgumentNullException(nameof(claim));
            }

            var count = ReadInt32();
            if (count == 0)
            {
                return EmptyArray<FactEvidence>.Value;
            }

            var items = new FactEvidence[count];
            for (var i = 0; i < count; i++)
            {
                var from = source(ReadString());
                var quote = ReadString();
                var fields = ReadList(s_string);
                var note = IsNull() ? null : ReadString();
                if (_position < _text.Length && _text[_position] == '|')
                {
                    _position++;
                    items[i] = new FactEvidence(from, quote, fields, note);
                }
                else
                {
                    items[i] = new FactEvidence(from, quote, fields, note, claim(ReadInt32(), this));
                }
            }

            return items;
        }

        private static readonly char[] s_special = ['|', '\\'];

        private static readonly Item<string> s_string = reader => reader.ReadString();

        private string ReadEscaped(int start)
        {
            var text = new StringBuilder();
            var p = start;
            while (true)
            {
                if (p >= _text.Length)
                {
                    throw Malformed();
                }

                var c = _text[p];
                if (c == '|')
                {
                    _position = p + 1;
                    return text.ToString();
                }

                if (c == '\\')
                {
                    if (p + 1 >= _text.Length)
                    {
                        throw Malformed();
                    }

                    text.Append(_text[p + 1] switch
                    {
                        '\\' => '\\',
                        '|' => '|',
                        'n' => '\n',
                        _ => throw Malformed(),
                    });
                    p += 2;
                    continue;
                }

                text.Append(c);
                p++;
            }
        }

        private int Digits(string text, int start, int length)
        {
            var value = 0;
            for (var i = start; i < start + length; i++)
            {
                if (text[i] is < '0' or > '9')
                {
                    throw Malformed();
                }

                value = (value * 10) + (text[i] - '0');
            }

            return value;
        }

        private FormatException Malformed() => new FormatException("The fact data is malformed at position " + _position.ToString(CultureInfo.InvariantCulture) + ".");

        private static class EmptyArray<T>
        {
            public static readonly T[] Value = new T[0];
        }
    }
}
