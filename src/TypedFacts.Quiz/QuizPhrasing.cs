using System;
using System.Collections.Generic;

namespace TypedFacts.Quiz
{
    /// <summary>
    /// How a model's questions are worded: a small per-model table, written in code, on top of generic templates that
    /// use the fields' own descriptions (<see cref="FactField.Description"/>, the YAML <c>description</c>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// <b>Why descriptions plus a table in code.</b> Every model has names and descriptions, so the generic templates
    /// (<c>What is the age of Yulia Peresild? (Age in years on the landing day…)</c>) make any model playable with no
    /// work at all. Descriptions alone cannot make good questions, though: they describe data ("Age in years on the
    /// landing day, where an article states it"), not how to ask for it ("How old was … on the landing day?"), and
    /// they are written for IntelliSense, so they should not be bent into quiz prose. The table that turns them into
    /// questions is C# rather than a text file or attributes because it can name fields through the generated
    /// metadata (<c>Ask(Person.Fields.Age, …)</c>), so renaming a field breaks the build instead of silently dropping a
    /// prompt; it needs no file I/O, parser or embedded resource (Blazor WebAssembly, Unity and AOT stay simple and
    /// trim-safe); and attributes cannot be put on generated properties. A table written with strings
    /// (<c>Ask("Person", "age", …)</c>) suits a model known only at run time; <see cref="Validate"/> reports its
    /// entries that name nothing.
    /// </para>
    /// <para>
    /// <b>Templates</b> are plain text with placeholders: <c>{subject}</c> (the entry's display name, or the constant's
    /// words), <c>{field}</c> (the field's label), <c>{description}</c> (the field's or constant's description),
    /// <c>{value}</c> (the adopted value, in claim prompts), <c>{text}</c> (the quotation, in quote prompts), and
    /// <c>{.name}</c> (the value of the subject's field with YAML name <c>name</c>). A template whose placeholders
    /// cannot all be filled (an unset <c>{.name}</c>, a missing description) is not used: the generic template is.
    /// </para>
    /// <para>A phrasing is configured before it is given to a <see cref="QuizEngine"/> and must not change afterwards.</para>
    /// </remarks>
    public sealed class QuizPhrasing
    {
        private readonly Dictionary<string, string> _prompts = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _claimPrompts = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _constantPrompts = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _constantClaimPrompts = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _labels = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _displayFields = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Text, string Speaker)> _quoteKinds = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        private readonly HashSet<string> _skipped = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _skippedConstants = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _personKinds = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _notPersonKinds = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>A phrasing with only the generic templates and heuristics: any model can be played with it.</summary>
        public QuizPhrasing()
        {
        }

        /// <summary>The prompt of a field with one value, in general: <c>What is the {field} of {subject}?</c>.</summary>
        public string FieldPrompt { get; set; } = "What is the {field} of {subject}?";

        /// <summary>The prompt of a list field, in general: <c>Which of these is one of the {field} of {subject}?</c>.</summary>
        public string ListFieldPrompt { get; set; } = "Which of these is one of the {field} of {subject}?";

        /// <summary>The prompt of a field that refers to a person: <c>Who is the {field} of {subject}?</c>.</summary>
        public string PersonPrompt { get; set; } = "Who is the {field} of {subject}?";

        /// <summary>The prompt of a list field of people: <c>Who is one of the {field} of {subject}?</c>.</summary>
        public string PersonListPrompt { get; set; } = "Who is one of the {field} of {subject}?";

        /// <summary>The prompt of a constant, in general: <c>What is the value of {subject}?</c> ({subject}: the constant's name in words).</summary>
        public string ConstantPrompt { get; set; } = "What is the value of {subject}?";

        /// <summary>
        /// Whether a generic prompt is followed by the description of its field or constant, in brackets: the
        /// description usually carries what the bare label lacks ("on the landing day"). True by default.
        /// </summary>
        public bool AppendDescriptions { get; set; } = true;

        /// <summary>The prompt of "who said this?": <c>Who said this: “{text}”?</c>.</summary>
        public string QuotePrompt { get; set; } = "Who said this: \u201C{text}\u201D?";

        /// <summary>The prompt of "which source got it wrong?" for a field: <c>The {field} of {subject} is given as “{value}”. Which source gives a different one?</c>.</summary>
        public string ClaimPrompt { get; set; } = "The {field} of {subject} is given as \u201C{value}\u201D. Which source gives a different one?";

        /// <summary>
        /// The claim prompt of the field that names its entries (a misspelt name, a quotation worded differently), where
        /// <c>{subject}</c> would repeat <c>{value}</c>: <c>The {field} is given as “{value}”. Which source gives a different one?</c>.
        /// </summary>
        public string ClaimNamePrompt { get; set; } = "The {field} is given as \u201C{value}\u201D. Which source gives a different one?";

        /// <summary>The claim prompt when the model adopted no value (the field is unset) and a source gives one: <c>No {field} is adopted for {subject}. Which source gives one?</c>.</summary>
        public string ClaimUnsetPrompt { get; set; } = "No {field} is adopted for {subject}. Which source gives one?";

        /// <summary>The claim prompt of a constant: <c>{subject} is given as “{value}”. Which source gives a different value?</c>.</summary>
        public string ConstantClaimPrompt { get; set; } = "{subject} is given as \u201C{value}\u201D. Which source gives a different value?";

        /// <summary>
        /// How a source is named in the options of a claim question and in explanations. Null (the default): its
        /// <see cref="FactSource.Title"/>, or its id when it has no title. Sources whose labels coincide are told apart
        /// by their ids.
        /// </summary>
        public Func<FactSource, string>? SourceLabel { get; set; }

        /// <summary>
        /// Names of kinds taken for kinds of people when the model does not say (compared ignoring case). A kind is also
        /// person-like when a quotation-like kind's speaker field refers to it, or when <see cref="PersonKind(string, bool)"/>
        /// names it.
        /// </summary>
        public ISet<string> PersonKindNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Person", "People", "Human", "Individual", "Character", "Author", "Speaker", "Member", "Player", "Actor", "Employee",
        };

        /// <summary>YAML names of the field that names an entry, in order of preference (compared ignoring case); an entry whose kind has none is named by its id.</summary>
        public IList<string> DisplayFieldNames { get; } = new List<string> { "name", "title", "fullName", "displayName", "label" };

        /// <summary>YAML names of the quoted-text field of a quotation-like kind (compared ignoring case).</summary>
        public ISet<string> QuoteTextFieldNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "text", "quote", "quotation", "words", "saying", "utterance",
        };

        /// <summary>YAML names of the field of a quotation-like kind that refers to who said it (compared ignoring case).</summary>
        public ISet<string> SpeakerFieldNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "speaker", "author", "saidBy", "by", "who", "person",
        };

        /// <summary>Words a field question with <paramref name="template"/>, for the field's every entry.</summary>
        /// <param name="field">The field: <c>Person.Fields.Age</c>.</param>
        /// <param name="template">The template: <c>How old was {subject} on the landing day?</c>.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing Ask(FactField field, string template) => Ask(KindOf(field), YamlNameOf(field), template);

        /// <summary>Words a field question with <paramref name="template"/>, naming the field by strings.</summary>
        /// <param name="kind">The kind's C# name: <c>Person</c>.</param>
        /// <param name="field">The field's YAML name: <c>age</c>.</param>
        /// <param name="template">The template.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing Ask(string kind, string field, string template) => Set(_prompts, FieldKey(kind, field), template);

        /// <summary>Words the "which source got it wrong?" question of a field.</summary>
        /// <param name="field">The field.</param>
        /// <param name="template">The template; <c>{value}</c> is the adopted value.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing AskClaim(FactField field, string template) => AskClaim(KindOf(field), YamlNameOf(field), template);

        /// <summary>Words the "which source got it wrong?" question of a field, naming the field by strings.</summary>
        /// <param name="kind">The kind's C# name.</param>
        /// <param name="field">The field's YAML name.</param>
        /// <param name="template">The template.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing AskClaim(string kind, string field, string template) => Set(_claimPrompts, FieldKey(kind, field), template);

        /// <summary>Words the question of a constant.</summary>
        /// <param name="constant">The constant's C# or YAML name.</param>
        /// <param name="template">The template.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing AskConstant(string constant, string template) => Set(_constantPrompts, Required(constant, nameof(constant)), template);

        /// <summary>Words the "which source got it wrong?" question of a constant.</summary>
        /// <param name="constant">The constant's C# or YAML name.</param>
        /// <param name="template">The template; <c>{value}</c> is the adopted value.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing AskConstantClaim(string constant, string template) => Set(_constantClaimPrompts, Required(constant, nameof(constant)), template);

        /// <summary>Gives a field the label that <c>{field}</c> stands for (by default its YAML name in words: <c>launch site</c>).</summary>
        /// <param name="field">The field.</param>
        /// <param name="label">The label: <c>time of day</c>.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing Label(FactField field, string label) => Label(KindOf(field), YamlNameOf(field), label);

        /// <summary>Gives a field, named by strings, the label that <c>{field}</c> stands for.</summary>
        /// <param name="kind">The kind's C# name.</param>
        /// <param name="field">The field's YAML name.</param>
        /// <param name="label">The label.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing Label(string kind, string field, string label) => Set(_labels, FieldKey(kind, field), label);

        /// <summary>Names the entries of the field's kind by that field (a string field: an event by its summary), wherever it is set.</summary>
        /// <param name="field">The field.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing DisplayBy(FactField field) => DisplayBy(KindOf(field), YamlNameOf(field));

        /// <summary>Names the entries of a kind by one of its string fields, both named by strings.</summary>
        /// <param name="kind">The kind's C# name.</param>
        /// <param name="field">The field's YAML name.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing DisplayBy(string kind, string field) => Set(_displayFields, Required(kind, nameof(kind)), Required(field, nameof(field)));

        /// <summary>Never asks about a field (its claims included).</summary>
        /// <param name="field">The field.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing Skip(FactField field) => Skip(KindOf(field), YamlNameOf(field));

        /// <summary>Never asks about a field named by strings (its claims included).</summary>
        /// <param name="kind">The kind's C# name.</param>
        /// <param name="field">The field's YAML name.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing Skip(string kind, string field)
        {
            _skipped.Add(FieldKey(kind, field));
            return this;
        }

        /// <summary>Never asks about a constant (its claims included).</summary>
        /// <param name="constant">The constant's C# or YAML name.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing SkipConstant(string constant)
        {
            _skippedConstants.Add(Required(constant, nameof(constant)));
            return this;
        }

        /// <summary>Takes a kind for a kind of people, or not, whatever the heuristics say.</summary>
        /// <param name="kind">The kind's C# name.</param>
        /// <param name="isPerson">Whether its entries are people.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing PersonKind(string kind, bool isPerson = true)
        {
            Required(kind, nameof(kind));
            (isPerson ? _personKinds : _notPersonKinds).Add(kind);
            (isPerson ? _notPersonKinds : _personKinds).Remove(kind);
            return this;
        }

        /// <summary>Makes a kind a quotation-like kind with these fields, whatever they are called.</summary>
        /// <param name="text">The string field that holds the words.</param>
        /// <param name="speaker">The field of the same kind that refers to who said them.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing Quotes(FactField text, FactField speaker)
        {
            if (!ReferenceEquals((text ?? throw new ArgumentNullException(nameof(text))).Owner, (speaker ?? throw new ArgumentNullException(nameof(speaker))).Owner))
            {
                throw new ArgumentException($"{speaker} is not a field of {text.Owner}.", nameof(speaker));
            }

            return Quotes(KindOf(text), YamlNameOf(text), YamlNameOf(speaker));
        }

        /// <summary>Makes a kind a quotation-like kind, naming the kind and its fields by strings.</summary>
        /// <param name="kind">The kind's C# name.</param>
        /// <param name="text">The YAML name of the string field that holds the words.</param>
        /// <param name="speaker">The YAML name of the field that refers to who said them.</param>
        /// <returns>This phrasing.</returns>
        public QuizPhrasing Quotes(string kind, string text, string speaker)
        {
            _quoteKinds[Required(kind, nameof(kind))] = (Required(text, nameof(text)), Required(speaker, nameof(speaker)));
            return this;
        }

        /// <summary>The template set for a field with <see cref="Ask(FactField, string)"/>, if any.</summary>
        /// <param name="field">The field.</param>
        /// <returns>The template, or null.</returns>
        public string? PromptFor(FactField field) => Find(_prompts, FieldKey(KindOf(field), YamlNameOf(field)));

        /// <summary>The claim template set for a field with <see cref="AskClaim(FactField, string)"/>, if any.</summary>
        /// <param name="field">The field.</param>
        /// <returns>The template, or null.</returns>
        public string? ClaimPromptFor(FactField field) => Find(_claimPrompts, FieldKey(KindOf(field), YamlNameOf(field)));

        /// <summary>The template set for a constant, if any.</summary>
        /// <param name="constant">The constant.</param>
        /// <returns>The template, or null.</returns>
        public string? PromptFor(FactConstant constant) => FindConstant(_constantPrompts, constant);

        /// <summary>The claim template set for a constant, if any.</summary>
        /// <param name="constant">The constant.</param>
        /// <returns>The template, or null.</returns>
        public string? ClaimPromptFor(FactConstant constant) => FindConstant(_constantClaimPrompts, constant);

        /// <summary>What <c>{field}</c> stands for: the label set with <see cref="Label(FactField, string)"/>, else the YAML name in words.</summary>
        /// <param name="field">The field.</param>
        /// <returns>The label: <c>launch site</c>.</returns>
        public string LabelOf(FactField field)
            => Find(_labels, FieldKey(KindOf(field), YamlNameOf(field))) ?? QuizText.Label(field.YamlName);

        /// <summary>Whether a field is never asked about.</summary>
        /// <param name="field">The field.</param>
        /// <returns>Whether <see cref="Skip(FactField)"/> named it.</returns>
        public bool IsSkipped(FactField field) => _skipped.Contains(FieldKey(KindOf(field), YamlNameOf(field)));

        /// <summary>Whether a constant is never asked about.</summary>
        /// <param name="constant">The constant.</param>
        /// <returns>Whether <see cref="SkipConstant"/> named it.</returns>
        public bool IsSkipped(FactConstant constant)
            => constant is null ? throw new ArgumentNullException(nameof(constant)) : _skippedConstants.Contains(constant.Name) || _skippedConstants.Contains(constant.YamlName);

        /// <summary>The YAML name of the field set with <see cref="DisplayBy(FactField)"/> for a kind, if any.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>The field's YAML name, or null.</returns>
        public string? DisplayFieldFor(FactKind kind) => Find(_displayFields, (kind ?? throw new ArgumentNullException(nameof(kind))).Name);

        /// <summary>
        /// Whether the phrasing says a kind is (true) or is not (false) a kind of people, or leaves it to the
        /// heuristics (null): <see cref="PersonKind"/>, then <see cref="PersonKindNames"/>.
        /// </summary>
        /// <param name="kind">The kind.</param>
        /// <returns>The phrasing's verdict, or null when it has none.</returns>
        public bool? IsPersonKind(FactKind kind)
        {
            var name = (kind ?? throw new ArgumentNullException(nameof(kind))).Name;
            if (_personKinds.Contains(name))
            {
                return true;
            }

            if (_notPersonKinds.Contains(name))
            {
                return false;
            }

            return PersonKindNames.Contains(name) ? true : (bool?)null;
        }

        /// <summary>The quotation fields set with <see cref="Quotes(FactField, FactField)"/> for a kind, if any.</summary>
        /// <param name="kind">The kind.</param>
        /// <param name="text">The YAML name of its text field.</param>
        /// <param name="speaker">The YAML name of its speaker field.</param>
        /// <returns>Whether the phrasing names its quotation fields.</returns>
        public bool TryGetQuoteFields(FactKind kind, out string text, out string speaker)
        {
            if (_quoteKinds.TryGetValue((kind ?? throw new ArgumentNullException(nameof(kind))).Name, out var fields))
            {
                (text, speaker) = fields;
                return true;
            }

            text = speaker = string.Empty;
            return false;
        }

        /// <summary>How a source is named in options: <see cref="SourceLabel"/>, else its title, else its id.</summary>
        /// <param name="source">The source.</param>
        /// <returns>The label.</returns>
        public string LabelOf(FactSource source)
        {
            if (source is null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            var label = SourceLabel?.Invoke(source);
            if (string.IsNullOrWhiteSpace(label))
            {
                label = string.IsNullOrWhiteSpace(source.Title) ? source.Id : source.Title;
            }

            return label!;
        }

        /// <summary>
        /// The entries of the table that name nothing in <paramref name="model"/>: a kind, field or constant that does
        /// not exist (a typo, or a field renamed in the fact file). A test of the model should assert that it is empty.
        /// </summary>
        /// <param name="model">The model the phrasing is meant for.</param>
        /// <returns>One message per entry that names nothing; empty when the table fits the model.</returns>
        public IReadOnlyList<string> Validate(FactModel model)
        {
            if (model is null)
            {
                throw new ArgumentNullException(nameof(model));
            }

            var problems = new List<string>();
            CheckFields(model, _prompts.Keys, "Ask", problems);
            CheckFields(model, _claimPrompts.Keys, "AskClaim", problems);
            CheckFields(model, _labels.Keys, "Label", problems);
            CheckFields(model, _skipped, "Skip", problems);
            foreach (var pair in _displayFields)
            {
                CheckField(model, pair.Key, pair.Value, "DisplayBy", problems);
            }

            foreach (var pair in _quoteKinds)
            {
                CheckField(model, pair.Key, pair.Value.Text, "Quotes", problems);
                CheckField(model, pair.Key, pair.Value.Speaker, "Quotes", problems);
            }

            foreach (var kind in _personKinds)
            {
                if (!model.TryGetKind(kind, out _))
                {
                    problems.Add($"PersonKind: the model has no kind {kind}.");
                }
            }

            CheckConstants(model, _constantPrompts.Keys, "AskConstant", problems);
            CheckConstants(model, _constantClaimPrompts.Keys, "AskConstantClaim", problems);
            CheckConstants(model, _skippedConstants, "SkipConstant", problems);
            problems.Sort(StringComparer.Ordinal);
            return problems.AsReadOnly();
        }

        private static void CheckFields(FactModel model, IEnumerable<string> keys, string table, List<string> problems)
        {
            foreach (var key in keys)
            {
                var dot = key.IndexOf('.');
                CheckField(model, key.Substring(0, dot), key.Substring(dot + 1), table, problems);
            }
        }

        private static void CheckField(FactModel model, string kindName, string fieldName, string table, List<string> problems)
        {
            if (!model.TryGetKind(kindName, out var kind))
            {
                problems.Add($"{table}: the model has no kind {kindName}.");
            }
            else if (!kind!.TryGetField(fieldName, out var field) || field!.YamlName != fieldName)
            {
                problems.Add($"{table}: {kindName} has no field {fieldName} (fields are named by their YAML names).");
            }
        }

        private static void CheckConstants(FactModel model, IEnumerable<string> names, string table, List<string> problems)
        {
            foreach (var name in names)
            {
                var found = false;
                foreach (var constant in model.Constants)
                {
                    found |= constant.Name == name || constant.YamlName == name;
                }

                if (!found)
                {
                    problems.Add($"{table}: the model has no constant {name}.");
                }
            }
        }

        private static string FieldKey(string kind, string field) => Required(kind, nameof(kind)) + "." + Required(field, nameof(field));

        private static string KindOf(FactField field) => (field ?? throw new ArgumentNullException(nameof(field))).Owner.Name;

        private static string YamlNameOf(FactField field) => (field ?? throw new ArgumentNullException(nameof(field))).YamlName;

        private static string Required(string value, string name)
            => string.IsNullOrEmpty(value) ? throw new ArgumentException("A name is required.", name) : value;

        private static string? Find(Dictionary<string, string> table, string key) => table.TryGetValue(key, out var value) ? value : null;

        private static string? FindConstant(Dictionary<string, string> table, FactConstant constant)
        {
            if (constant is null)
            {
                throw new ArgumentNullException(nameof(constant));
            }

            return Find(table, constant.Name) ?? Find(table, constant.YamlName);
        }

        private QuizPhrasing Set(Dictionary<string, string> table, string key, string value)
        {
            table[key] = value ?? throw new ArgumentNullException(nameof(value));
            return this;
        }
    }
}
