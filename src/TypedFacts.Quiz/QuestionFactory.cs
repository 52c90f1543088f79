using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedFacts.Quiz
{
    /// <summary>
    /// Builds the questions of a model: one per fact the model supports (a field of an entry, a quotation, a disputed
    /// field, a constant), each with its options drawn by a generator seeded from the game's seed and the question's key.
    /// </summary>
    internal sealed class QuestionFactory
    {
        private readonly ModelReader _model;

        public QuestionFactory(ModelReader model) => _model = model;

        private QuizPhrasing Phrasing => _model.Phrasing;

        /// <summary>Every question of the rounds, in model order: by kind, entry and field, then the constants.</summary>
        public List<QuizQuestion> Build(int seed, QuizRounds rounds)
        {
            var questions = new List<QuizQuestion>();
            foreach (var kind in _model.EntityKinds)
            {
                var quote = _model.QuoteFieldsOf(kind);
                foreach (var entry in _model.EntriesOf(kind))
                {
                    foreach (var field in kind.Fields)
                    {
                        if (Phrasing.IsSkipped(field))
                        {
                            continue;
                        }

                        var isSpeaker = quote is QuoteFields q && ReferenceEquals(q.Speaker, field);
                        if (isSpeaker && (rounds & QuizRounds.Quotes) != 0)
                        {
                            Add(questions, QuoteQuestion(seed, entry, quote!.Value));
                        }

                        var round = RoundOf(field);
                        if (!isSpeaker && (rounds & round) != 0)
                        {
                            Add(questions, FieldQuestion(seed, entry, field, round));
                        }

                        if ((rounds & QuizRounds.Claims) != 0)
                        {
                            Add(questions, ClaimQuestion(seed, entry, field));
                        }
                    }
                }
            }

            foreach (var constant in _model.Model.Constants)
            {
                if (Phrasing.IsSkipped(constant))
                {
                    continue;
                }

                var round = RoundOf(constant.Type, constant.Value);
                if ((rounds & round) != 0 && (round == QuizRounds.Numbers || round == QuizRounds.Dates))
                {
                    Add(questions, ConstantQuestion(seed, constant, round));
                }

                if ((rounds & QuizRounds.Claims) != 0)
                {
                    Add(questions, ConstantClaimQuestion(seed, constant));
                }
            }

            return questions;
        }

        /// <summary>The round of a field's question (see <see cref="QuizRounds"/>); <see cref="QuizRounds.None"/> when it is not asked.</summary>
        public QuizRounds RoundOf(FactField field)
        {
            if (!field.Owner.IsEntity || ReferenceEquals(_model.DisplayFieldOf(field.Owner), field))
            {
                return QuizRounds.None;
            }

            var type = field.Type;
            switch (type.Category)
            {
                case FactTypeCategory.Scalar:
                    var round = RoundOf(type, null);
                    return round != QuizRounds.None ? round
                        : type.Name == "string" && _model.IsPerson(field.Owner) ? QuizRounds.People
                        : QuizRounds.None;
                case FactTypeCategory.Enum:
                    return _model.IsPerson(field.Owner) ? QuizRounds.People : QuizRounds.None;
                case FactTypeCategory.Entity:
                    return _model.IsPerson(type.Kind) || _model.IsPerson(field.Owner) ? QuizRounds.People : QuizRounds.None;
                default:
                    return QuizRounds.None;
            }
        }

        private static QuizRounds RoundOf(FactType type, object? value)
        {
            if (type.Category != FactTypeCategory.Scalar || (value is not null && type.IsList))
            {
                return QuizRounds.None;
            }

            switch (type.Name)
            {
                case "int":
                case "long":
                case "double":
                case "decimal":
                case "duration":
                    return QuizRounds.Numbers;
                case "date":
                case "partialdate":
                case "datetime":
                    return QuizRounds.Dates;
                default:
                    return QuizRounds.None;
            }
        }

        private QuizQuestion? FieldQuestion(int seed, IFact subject, FactField field, QuizRounds round)
        {
            var members = ModelReader.Members(field.GetValue(subject));
            if (members.Count == 0)
            {
                return null;
            }

            var key = "field:" + field.Owner.Name + "." + subject.Id + "." + field.YamlName;
            var random = QuizRandom.For(seed, key);

            // A prompt that names its answer gives it away (an event named by a sentence that names who took part):
            // the answer is a member the prompt does not name, and there is no question when it names them all.
            var prompt = FieldPrompt(subject, field, members.Count > 1 || field.Type.IsList);
            var unnamed = members.Where(member => !QuizText.Mentions(prompt, _model.Format(member))).ToList();
            if (unnamed.Count == 0)
            {
                return null;
            }

            var answerValue = unnamed[unnamed.Count == 1 ? 0 : random.Next(unnamed.Count)];
            var answer = _model.Format(answerValue);
            if (string.IsNullOrWhiteSpace(answer))
            {
                return null;
            }

            // Never a second right answer: no other member of the list, no value any source gives for this fact.
            var claims = field.GetClaims(subject);
            var excluded = new List<string>();
            foreach (var member in members)
            {
                excluded.Add(_model.Format(member));
            }

            foreach (var claim in claims)
            {
                foreach (var member in ModelReader.Members(claim.Value))
                {
                    excluded.Add(_model.Format(member));
                }
            }

            var target = field.Type.Kind;
            if (field.Type.Category == FactTypeCategory.Entity && ReferenceEquals(target, field.Owner))
            {
                excluded.Add(_model.NameOf(subject));
            }

            var picker = new OptionPicker(answer, excluded);
            if (NearbyValues.IsScalable(answerValue))
            {
                AddNearby(picker, random, answerValue, field.YamlName, Sample(_model.PoolOf(field).Values, random));
            }
            else
            {
                // The subject's own values are excluded above, so the pool of the whole field will do.
                picker.AddSampled(_model.PoolOf(field).Displays, random);
                if (field.Type.Category == FactTypeCategory.Entity && target is not null)
                {
                    picker.AddSampled(_model.NamesOf(target), random);
                }
                else if (field.Type.Category == FactTypeCategory.Enum)
                {
                    picker.AddShuffled(field.Type.EnumMembers.Select(QuizFormat.Words), random);
                }
            }

            return Asked(picker, random, (options, answerIndex) => new QuizQuestion(
                key,
                round,
                prompt,
                options,
                answerIndex,
                subject.EvidenceFor(field),
                subject,
                field,
                constant: null,
                answerSource: null,
                explanation: FieldExplanation(members, claims)));
        }

        private QuizQuestion? QuoteQuestion(int seed, IFact quotation, QuoteFields fields)
        {
            if (!(fields.Speaker.GetValue(quotation) is IFact speaker) || !(fields.Text.GetValue(quotation) is string text) || string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var key = "quote:" + quotation.Kind.Name + "." + quotation.Id + "." + fields.Speaker.YamlName;
            var random = QuizRandom.For(seed, key);
            var answer = _model.NameOf(speaker);
            var prompt = Fill(Phrasing.QuotePrompt, quotation, fields.Speaker, text: text)
                ?? Fill(new QuizPhrasing().QuotePrompt, quotation, fields.Speaker, text: text)!;
            if (QuizText.Mentions(prompt, answer))
            {
                return null;
            }

            // Whoever the model says spoke the same words, or a source says spoke these, is right too: never an option.
            var speakers = _model.SpeakersOf(fields);
            var excluded = new List<string>(speakers.Of(text));
            foreach (var claim in fields.Speaker.GetClaims(quotation))
            {
                foreach (var member in ModelReader.Members(claim.Value))
                {
                    excluded.Add(_model.Format(member));
                }
            }

            var picker = new OptionPicker(answer, excluded);
            picker.AddSampled(speakers.All, random);
            if (fields.Speaker.Type.Kind is FactKind people)
            {
                picker.AddSampled(_model.NamesOf(people), random);
            }

            return Asked(picker, random, (options, answerIndex) => new QuizQuestion(
                key,
                QuizRounds.Quotes,
                prompt,
                options,
                answerIndex,
                quotation.EvidenceFor(fields.Speaker),
                quotation,
                fields.Speaker,
                constant: null,
                answerSource: null,
                explanation: Join(Variants(fields.Text.GetClaims(quotation)))));
        }

        private QuizQuestion? ClaimQuestion(int seed, IFact subject, FactField field)
        {
            var claims = field.GetClaims(subject);
            if (claims.Count < 2)
            {
                return null;
            }

            var key = "claim:" + field.Owner.Name + "." + subject.Id + "." + field.YamlName;
            var adopted = claims[0].Value;
            var adoptedText = _model.Format(adopted);
            var template = Phrasing.ClaimPromptFor(field);
            var defaults = new QuizPhrasing();
            var namesSubject = ReferenceEquals(_model.DisplayFieldOf(field.Owner), field);
            var prompt = (template is null ? null : Fill(template, subject, field, value: adoptedText))
                ?? (string.IsNullOrWhiteSpace(adoptedText)
                    ? Fill(Phrasing.ClaimUnsetPrompt, subject, field) ?? Fill(defaults.ClaimUnsetPrompt, subject, field)
                    : namesSubject
                        ? Fill(Phrasing.ClaimNamePrompt, subject, field, value: adoptedText) ?? Fill(defaults.ClaimNamePrompt, subject, field, value: adoptedText)
                        : Fill(Phrasing.ClaimPrompt, subject, field, value: adoptedText) ?? Fill(defaults.ClaimPrompt, subject, field, value: adoptedText))!;
            return SourceQuestion(seed, key, prompt, claims, subject, field, null);
        }

        private QuizQuestion? ConstantClaimQuestion(int seed, FactConstant constant)
        {
            var claims = constant.Claims;
            if (claims.Count < 2)
            {
                return null;
            }

            var key = "claim-constant:" + constant.Name;
            var value = _model.Format(claims[0].Value);
            var template = Phrasing.ClaimPromptFor(constant);
            var prompt = (template is null ? null : Fill(template, constant, value))
                ?? Fill(Phrasing.ConstantClaimPrompt, constant, value)
                ?? Fill(new QuizPhrasing().ConstantClaimPrompt, constant, value)!;
            return SourceQuestion(seed, key, prompt, claims, null, null, constant);
        }

        /// <summary>
        /// "Which source got it wrong?": the answer is the first source of the first value not adopted; no option is
        /// any other source that gives a value not adopted. The other options are the sources of the adopted value,
        /// then the model's other sources.
        /// </summary>
        private QuizQuestion? SourceQuestion(int seed, string key, string prompt, IReadOnlyList<FactClaim<object?>> claims, IFact? subject, FactField? field, FactConstant? constant)
        {
            var random = QuizRandom.For(seed, key);
            var variant = claims[1];
            if (variant.Evidence.Count == 0)
            {
                return null;
            }

            var answerSource = variant.Evidence[0].Source;
            var dissenting = new HashSet<FactSource>(ReferenceComparer<FactSource>.Instance);
            for (var i = 1; i < claims.Count; i++)
            {
                foreach (var item in claims[i].Evidence)
                {
                    dissenting.Add(item.Source);
                }
            }

            var excluded = dissenting.Select(_model.LabelOf);
            var picker = new OptionPicker(_model.LabelOf(answerSource), excluded);
            picker.AddShuffled(claims[0].Evidence.Select(item => item.Source).Where(s => !dissenting.Contains(s)).Select(_model.LabelOf), random);
            picker.AddShuffled(_model.Model.Sources.Where(s => !dissenting.Contains(s)).Select(_model.LabelOf), random);
            return Asked(picker, random, (options, answerIndex) =>
            {
                var evidence = new List<FactEvidence>(variant.Evidence);
                evidence.AddRange(claims[0].Evidence);
                for (var i = 2; i < claims.Count; i++)
                {
                    evidence.AddRange(claims[i].Evidence);
                }

                var adopted = _model.Format(claims[0].Value);
                var explanation = string.Join(" ", Variants(claims))
                    + (string.IsNullOrWhiteSpace(adopted) ? " The model adopts no value." : " The model adopts \u201C" + adopted + "\u201D" + Supporters(claims[0]) + ".");
                return new QuizQuestion(key, QuizRounds.Claims, prompt, options, answerIndex, evidence.AsReadOnly(), subject, field, constant, answerSource, explanation);
            });
        }

        private QuizQuestion? ConstantQuestion(int seed, FactConstant constant, QuizRounds round)
        {
            if (constant.Value is null || !NearbyValues.IsScalable(constant.Value))
            {
                return null;
            }

            var key = "constant:" + constant.Name;
            var random = QuizRandom.For(seed, key);
            var answer = _model.Format(constant.Value);
            var template = Phrasing.PromptFor(constant);
            var prompt = (template is null ? null : Fill(template, constant, null)) ?? Generic(Fill(Phrasing.ConstantPrompt, constant, null) ?? Fill(new QuizPhrasing().ConstantPrompt, constant, null)!, constant.Description);
            if (QuizText.Mentions(prompt, answer))
            {
                return null;
            }
            var picker = new OptionPicker(answer, constant.Claims.Select(claim => _model.Format(claim.Value)));
            AddNearby(picker, random, constant.Value, constant.YamlName, Array.Empty<object>());
            return Asked(picker, random, (options, answerIndex) => new QuizQuestion(
                key,
                round,
                prompt,
                options,
                answerIndex,
                constant.Claims[0].Evidence,
                subject: null,
                field: null,
                constant,
                answerSource: null,
                explanation: Join(Variants(constant.Claims))));
        }

        /// <summary>The question once the picker has its options; null when it found too few wrong answers.</summary>
        private static QuizQuestion? Asked(OptionPicker picker, QuizRandom random, Func<IReadOnlyList<string>, int, QuizQuestion> ask)
            => picker.Finish(random) is { } finished ? ask(finished.Options, finished.AnswerIndex) : null;

        private void AddNearby(OptionPicker picker, QuizRandom random, object answer, string name, IEnumerable<object> realValues)
        {
            var origin = NearbyValues.Position(answer, answer) ?? 0;
            var candidates = new List<(string Text, double Distance, int Tier)>();
            foreach (var value in realValues)
            {
                if (NearbyValues.Position(answer, value) is double position)
                {
                    candidates.Add((_model.Format(value), Math.Abs(position - origin), 0));
                }
            }

            var yearLike = name.IndexOf("year", StringComparison.OrdinalIgnoreCase) >= 0;
            foreach (var value in NearbyValues.Around(answer, yearLike))
            {
                if (NearbyValues.Position(answer, value) is double position)
                {
                    candidates.Add((_model.Format(value), Math.Abs(position - origin), 1));
                }
            }

            picker.AddNearest(candidates, random);
        }

        /// <summary>The values themselves when there are few, else a random sample of them (nearest values are sorted, and sorting all would cost a large model dearly).</summary>
        private static IReadOnlyList<object> Sample(IReadOnlyList<object> values, QuizRandom random)
        {
            if (values.Count <= OptionPicker.SampleSize)
            {
                return values;
            }

            var sample = new List<object>(OptionPicker.SampleSize);
            for (var i = 0; i < OptionPicker.SampleSize; i++)
            {
                sample.Add(values[random.Next(values.Count)]);
            }

            return sample;
        }

        private string FieldPrompt(IFact subject, FactField field, bool isList)
        {
            var template = Phrasing.PromptFor(field);
            if (template is not null && Fill(template, subject, field) is string custom)
            {
                return custom;
            }

            var aboutPerson = field.Type.Category == FactTypeCategory.Entity && _model.IsPerson(field.Type.Kind);
            var generic = aboutPerson
                ? (isList ? Phrasing.PersonListPrompt : Phrasing.PersonPrompt)
                : (isList ? Phrasing.ListFieldPrompt : Phrasing.FieldPrompt);
            var defaults = new QuizPhrasing();
            var fallback = aboutPerson
                ? (isList ? defaults.PersonListPrompt : defaults.PersonPrompt)
                : (isList ? defaults.ListFieldPrompt : defaults.FieldPrompt);
            return Generic(Fill(generic, subject, field) ?? Fill(fallback, subject, field)!, field.Description);
        }

        private string Generic(string prompt, string? description)
            => Phrasing.AppendDescriptions && !string.IsNullOrWhiteSpace(description) && prompt.IndexOf(description!, StringComparison.Ordinal) < 0
                ? prompt + " (" + QuizText.Clause(description!) + ")"
                : prompt;

        private string? Fill(string template, IFact subject, FactField field, string? value = null, string? text = null)
            => PromptTemplate.Fill(template, name =>
            {
                switch (name)
                {
                    case "subject":
                        return _model.NameOf(subject);
                    case "field":
                        return Phrasing.LabelOf(field);
                    case "description":
                        return string.IsNullOrWhiteSpace(field.Description) ? null : QuizText.Clause(field.Description!);
                    case "kind":
                        return QuizText.Label(subject.Kind.Name);
                    case "value":
                        return string.IsNullOrWhiteSpace(value) ? null : value;
                    case "text":
                        return text;
                }

                if (name.Length > 1 && name[0] == '.')
                {
                    if (!subject.Kind.TryGetField(name.Substring(1), out var other))
                    {
                        return PromptTemplate.Unknown;
                    }

                    var shown = _model.Format(other!.GetValue(subject));
                    return string.IsNullOrWhiteSpace(shown) ? null : shown;
                }

                return PromptTemplate.Unknown;
            });

        private string? Fill(string template, FactConstant constant, string? value)
            => PromptTemplate.Fill(template, name =>
            {
                switch (name)
                {
                    case "subject":
                        return QuizText.Sentence(constant.Name);
                    case "field":
                        return QuizText.Label(constant.YamlName);
                    case "description":
                        return string.IsNullOrWhiteSpace(constant.Description) ? null : QuizText.Clause(constant.Description!);
                    case "value":
                        return string.IsNullOrWhiteSpace(value) ? null : value;
                    default:
                        return PromptTemplate.Unknown;
                }
            });

        /// <summary>For a list, all of its items; where sources disagree, which source says what; null when there is nothing to add.</summary>
        private string? FieldExplanation(IReadOnlyList<object> members, IReadOnlyList<FactClaim<object?>> claims)
        {
            var parts = new List<string>();
            if (members.Count > 1)
            {
                parts.Add("All of them: " + string.Join(", ", members.Select(_model.Format)) + ".");
            }

            parts.AddRange(Variants(claims));
            return Join(parts);
        }

        /// <summary>One sentence per value not adopted: which sources give it, and the curator's note.</summary>
        private List<string> Variants(IReadOnlyList<FactClaim<object?>> claims)
        {
            var parts = new List<string>();
            for (var i = 1; i < claims.Count; i++)
            {
                var claim = claims[i];
                var sources = claim.Evidence.Select(item => _model.LabelOf(item.Source)).Distinct(StringComparer.Ordinal).ToList();
                var shown = _model.Format(claim.Value);
                var sentence = string.Join(" and ", sources) + (sources.Count == 1 ? " gives " : " give ")
                    + (string.IsNullOrWhiteSpace(shown) ? "no value" : "\u201C" + shown + "\u201D");
                parts.Add(claim.Note is null ? sentence + "." : sentence + ": " + QuizText.EndSentence(claim.Note));
            }

            return parts;
        }

        private static string? Join(List<string> parts) => parts.Count == 0 ? null : string.Join(" ", parts);

        private static string Supporters(FactClaim<object?> adopted)
        {
            var count = adopted.Evidence.Select(item => item.Source).Distinct(ReferenceComparer<FactSource>.Instance).Count();
            return count == 0 ? string.Empty : count == 1 ? ", which one source gives" : ", which " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " sources give";
        }

        private static void Add(List<QuizQuestion> questions, QuizQuestion? question)
        {
            if (question is not null)
            {
                questions.Add(question);
            }
        }
    }
}
