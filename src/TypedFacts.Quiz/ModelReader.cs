using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace TypedFacts.Quiz
{
    /// <summary>
    /// What the engine knows of a model beyond its metadata: which kinds are people and quotations, how entries are
    /// named, how values are written, and each field's values over its kind (computed once). Reads the model only
    /// through <see cref="FactModel"/>, <see cref="FactKind"/>, <see cref="FactField"/> and <see cref="IFact"/>.
    /// </summary>
    internal sealed class ModelReader
    {
        private readonly Dictionary<FactKind, IReadOnlyList<IFact>> _entries = new Dictionary<FactKind, IReadOnlyList<IFact>>(ReferenceComparer<FactKind>.Instance);
        private readonly Dictionary<FactKind, FactField?> _displayFields = new Dictionary<FactKind, FactField?>(ReferenceComparer<FactKind>.Instance);
        private readonly Dictionary<FactKind, QuoteFields> _quoteKinds = new Dictionary<FactKind, QuoteFields>(ReferenceComparer<FactKind>.Instance);
        private readonly HashSet<FactKind> _personKinds = new HashSet<FactKind>(ReferenceComparer<FactKind>.Instance);
        private readonly Dictionary<IFact, string> _names = new Dictionary<IFact, string>(ReferenceComparer<IFact>.Instance);
        private readonly Dictionary<FactField, IReadOnlyList<(IFact Entry, IReadOnlyList<object> Members)>> _fieldValues =
            new Dictionary<FactField, IReadOnlyList<(IFact, IReadOnlyList<object>)>>(ReferenceComparer<FactField>.Instance);

        private readonly Dictionary<FactField, FieldPool> _pools = new Dictionary<FactField, FieldPool>(ReferenceComparer<FactField>.Instance);
        private readonly Dictionary<FactKind, IReadOnlyList<string>> _kindNames = new Dictionary<FactKind, IReadOnlyList<string>>(ReferenceComparer<FactKind>.Instance);
        private readonly Dictionary<FactField, SpeakerIndex> _speakers = new Dictionary<FactField, SpeakerIndex>(ReferenceComparer<FactField>.Instance);
        private readonly Dictionary<FactSource, string> _sourceLabels = new Dictionary<FactSource, string>(ReferenceComparer<FactSource>.Instance);

        public ModelReader(FactModel model, QuizPhrasing phrasing)
        {
            Model = model;
            Phrasing = phrasing;
            var entityKinds = new List<FactKind>();
            foreach (var kind in model.Kinds)
            {
                if (kind.IsEntity)
                {
                    entityKinds.Add(kind);
                }
            }

            EntityKinds = entityKinds.AsReadOnly();
            foreach (var kind in EntityKinds)
            {
                if (phrasing.IsPersonKind(kind) == true)
                {
                    _personKinds.Add(kind);
                }
            }

            foreach (var kind in EntityKinds)
            {
                if (FindQuoteFields(kind) is QuoteFields quote)
                {
                    _quoteKinds.Add(kind, quote);
                    var speakerKind = quote.Speaker.Type.Kind;
                    if (speakerKind is not null && phrasing.IsPersonKind(speakerKind) != false)
                    {
                        _personKinds.Add(speakerKind);
                    }
                }
            }

            LabelSources();
        }

        public FactModel Model { get; }

        public QuizPhrasing Phrasing { get; }

        /// <summary>The kinds with entries, in model order.</summary>
        public IReadOnlyList<FactKind> EntityKinds { get; }

        public bool IsPerson(FactKind? kind) => kind is not null && _personKinds.Contains(kind);

        /// <summary>The text and speaker fields of a quotation-like kind; null for any other kind.</summary>
        public QuoteFields? QuoteFieldsOf(FactKind kind) => _quoteKinds.TryGetValue(kind, out var fields) ? fields : (QuoteFields?)null;

        public IReadOnlyList<IFact> EntriesOf(FactKind kind)
        {
            if (!_entries.TryGetValue(kind, out var entries))
            {
                entries = kind.Entries;
                _entries.Add(kind, entries);
            }

            return entries;
        }

        /// <summary>
        /// The string field that names the entries of a kind: the phrasing's <see cref="QuizPhrasing.DisplayBy(FactField)"/>,
        /// else the first of <see cref="QuizPhrasing.DisplayFieldNames"/>, else a quotation's text; null when entries are named by id.
        /// </summary>
        public FactField? DisplayFieldOf(FactKind kind)
        {
            if (_displayFields.TryGetValue(kind, out var field))
            {
                return field;
            }

            var configured = Phrasing.DisplayFieldFor(kind);
            field = configured is null ? null : StringField(kind, configured);
            if (field is null)
            {
                foreach (var name in Phrasing.DisplayFieldNames)
                {
                    field = StringField(kind, name);
                    if (field is not null)
                    {
                        break;
                    }
                }
            }

            if (field is null && _quoteKinds.TryGetValue(kind, out var quote))
            {
                field = quote.Text;
            }

            _displayFields.Add(kind, field);
            return field;
        }

        /// <summary>How an entry is shown: its display field's value, else its id in words (<c>Soyuz Ms 18 Landing</c>).</summary>
        public string NameOf(IFact entry)
        {
            if (_names.TryGetValue(entry, out var name))
            {
                return name;
            }

            var field = DisplayFieldOf(entry.Kind);
            var text = field?.GetValue(entry) as string;
            if (string.IsNullOrWhiteSpace(text))
            {
                name = QuizText.Title(entry.Id);
            }
            else
            {
                // A name keeps its final full stop ("Jr."); a sentence chosen to name an entry does not.
                var isName = Contains(Phrasing.DisplayFieldNames, field!.YamlName) && Phrasing.DisplayFieldFor(entry.Kind) is null;
                name = isName ? text!.Trim() : QuizText.Clause(text!);
            }

            _names.Add(entry, name);
            return name;
        }

        /// <summary>How a source is named in options: <see cref="QuizPhrasing.LabelOf(FactSource)"/>, with its id when two labels coincide.</summary>
        public string LabelOf(FactSource source)
            => _sourceLabels.TryGetValue(source, out var label) ? label : Phrasing.LabelOf(source);

        /// <summary>The values of a field's value: the items of a list, else the value itself; empty for null or an empty list.</summary>
        public static IReadOnlyList<object> Members(object? value)
        {
            if (value is null)
            {
                return Array.Empty<object>();
            }

            if (value is IEnumerable items && value is not string)
            {
                var list = new List<object>();
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        list.Add(item);
                    }
                }

                return list;
            }

            return new[] { value };
        }

        /// <summary>Every entry of the field's kind with the members of its value, in file order.</summary>
        public IReadOnlyList<(IFact Entry, IReadOnlyList<object> Members)> ValuesOf(FactField field)
        {
            if (!_fieldValues.TryGetValue(field, out var values))
            {
                var list = new List<(IFact, IReadOnlyList<object>)>();
                foreach (var entry in EntriesOf(field.Owner))
                {
                    list.Add((entry, Members(field.GetValue(entry))));
                }

                values = list.AsReadOnly();
                _fieldValues.Add(field, values);
            }

            return values;
        }

        /// <summary>The distinct values of a field over its kind, as displayed, each with one value that displays so (computed once).</summary>
        public FieldPool PoolOf(FactField field)
        {
            if (!_pools.TryGetValue(field, out var pool))
            {
                var displays = new List<string>();
                var values = new List<object>();
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (_, members) in ValuesOf(field))
                {
                    foreach (var member in members)
                    {
                        var display = Format(member);
                        if (display.Trim().Length > 0 && seen.Add(QuizText.Comparable(display)))
                        {
                            displays.Add(display);
                            values.Add(member);
                        }
                    }
                }

                pool = new FieldPool(displays.AsReadOnly(), values.AsReadOnly());
                _pools.Add(field, pool);
            }

            return pool;
        }

        /// <summary>The names of a kind's entries, in file order (computed once).</summary>
        public IReadOnlyList<string> NamesOf(FactKind kind)
        {
            if (!_kindNames.TryGetValue(kind, out var names))
            {
                var list = new List<string>();
                foreach (var entry in EntriesOf(kind))
                {
                    list.Add(NameOf(entry));
                }

                names = list.AsReadOnly();
                _kindNames.Add(kind, names);
            }

            return names;
        }

        /// <summary>Who said what in a quotation-like kind: the speakers' names by the words, and every speaker's name (computed once).</summary>
        public SpeakerIndex SpeakersOf(QuoteFields fields)
        {
            if (!_speakers.TryGetValue(fields.Speaker, out var index))
            {
                var byWords = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
                var all = new List<string>();
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (entry, members) in ValuesOf(fields.Speaker))
                {
                    var words = fields.Text.GetValue(entry) as string;
                    foreach (var member in members)
                    {
                        var name = Format(member);
                        if (words is not null)
                        {
                            var key = QuizText.Comparable(words);
                            if (!byWords.TryGetValue(key, out var names))
                            {
                                byWords.Add(key, names = new List<string>());
                            }

                            names.Add(name);
                        }

                        if (seen.Add(QuizText.Comparable(name)))
                        {
                            all.Add(name);
                        }
                    }
                }

                index = new SpeakerIndex(byWords, all.AsReadOnly());
                _speakers.Add(fields.Speaker, index);
            }

            return index;
        }

        /// <summary>A value as an option: a list's items joined by commas, an entry by its name, see <see cref="QuizFormat"/> for the rest.</summary>
        public string Format(object? value)
        {
            switch (value)
            {
                case null:
                    return string.Empty;
                case string text:
                    return text;
                case IFact entry:
                    return NameOf(entry);
                case FactSource source:
                    return LabelOf(source);
                case FactDate date:
                    return QuizFormat.Date(date);
                case DateTimeOffset instant:
                    return QuizFormat.Instant(instant);
                case TimeSpan span:
                    return QuizFormat.Duration(span);
                case bool flag:
                    return QuizFormat.Boolean(flag);
                case Enum member:
                    return QuizFormat.Words(member.ToString());
                case double number:
                    return QuizFormat.Number(number);
                case float number:
                    return QuizFormat.Number(number);
                case decimal number:
                    return QuizFormat.Number(number);
                case int _:
                case long _:
                case short _:
                case byte _:
                case sbyte _:
                case ushort _:
                case uint _:
                    return QuizFormat.Number(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                case IFactRecord record:
                    return FormatRecord(record);
                case IEnumerable items:
                    var parts = new List<string>();
                    foreach (var item in items)
                    {
                        parts.Add(Format(item));
                    }

                    return string.Join(", ", parts);
            }

            if (NearbyValues.AsDate(value) is DateTime day)
            {
                return QuizFormat.Date(day);
            }

            return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }

        private string FormatRecord(IFactRecord record)
        {
            var parts = new List<string>();
            foreach (var field in record.Kind.Fields)
            {
                var value = field.GetValue(record);
                if (value is not null)
                {
                    parts.Add(Phrasing.LabelOf(field) + ": " + Format(value));
                }
            }

            return string.Join("; ", parts);
        }

        private QuoteFields? FindQuoteFields(FactKind kind)
        {
            if (Phrasing.TryGetQuoteFields(kind, out var textName, out var speakerName))
            {
                var text = StringField(kind, textName);
                return text is not null && kind.TryGetField(speakerName, out var speaker) && IsSingleReference(speaker!)
                    ? new QuoteFields(text, speaker!)
                    : (QuoteFields?)null;
            }

            FactField? quoteText = null;
            FactField? named = null;
            FactField? person = null;
            foreach (var field in kind.Fields)
            {
                if (quoteText is null && Phrasing.QuoteTextFieldNames.Contains(field.YamlName) && IsString(field))
                {
                    quoteText = field;
                }

                if (IsSingleReference(field))
                {
                    if (named is null && Phrasing.SpeakerFieldNames.Contains(field.YamlName))
                    {
                        named = field;
                    }

                    if (person is null && field.Type.Kind is FactKind target && IsPerson(target))
                    {
                        person = field;
                    }
                }
            }

            var speakerField = named ?? person;
            return quoteText is not null && speakerField is not null ? new QuoteFields(quoteText, speakerField) : (QuoteFields?)null;
        }

        private void LabelSources()
        {
            var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var source in Model.Sources)
            {
                var key = QuizText.Comparable(Phrasing.LabelOf(source));
                counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
            }

            foreach (var source in Model.Sources)
            {
                var label = Phrasing.LabelOf(source);
                _sourceLabels[source] = counts[QuizText.Comparable(label)] > 1 ? label + " (" + source.Id + ")" : label;
            }
        }

        private static FactField? StringField(FactKind kind, string yamlName)
        {
            foreach (var field in kind.Fields)
            {
                if (string.Equals(field.YamlName, yamlName, StringComparison.OrdinalIgnoreCase) && IsString(field))
                {
                    return field;
                }
            }

            return null;
        }

        private static bool IsString(FactField field)
            => field.Type.Category == FactTypeCategory.Scalar && field.Type.Name == "string" && !field.Type.IsList;

        private static bool IsSingleReference(FactField field)
            => field.Type.Category == FactTypeCategory.Entity && !field.Type.IsList;

        private static bool Contains(IList<string> names, string name)
        {
            foreach (var candidate in names)
            {
                if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The distinct values of a field, as displayed, and one value for each display.</summary>
    internal sealed class FieldPool
    {
        public FieldPool(IReadOnlyList<string> displays, IReadOnlyList<object> values)
        {
            Displays = displays;
            Values = values;
        }

        public IReadOnlyList<string> Displays { get; }

        public IReadOnlyList<object> Values { get; }
    }

    /// <summary>The speakers of a quotation-like kind.</summary>
    internal sealed class SpeakerIndex
    {
        private static readonly List<string> s_none = new List<string>();
        private readonly Dictionary<string, List<string>> _byWords;

        public SpeakerIndex(Dictionary<string, List<string>> byWords, IReadOnlyList<string> all)
        {
            _byWords = byWords;
            All = all;
        }

        /// <summary>Every speaker's name, once.</summary>
        public IReadOnlyList<string> All { get; }

        /// <summary>The names of those the model says spoke these words.</summary>
        public IReadOnlyList<string> Of(string words) => _byWords.TryGetValue(QuizText.Comparable(words), out var names) ? names : s_none;
    }

    /// <summary>The fields of a quotation-like kind: the words, and who said them.</summary>
    internal readonly struct QuoteFields
    {
        public QuoteFields(FactField text, FactField speaker)
        {
            Text = text;
            Speaker = speaker;
        }

        public FactField Text { get; }

        public FactField Speaker { get; }
    }
}
