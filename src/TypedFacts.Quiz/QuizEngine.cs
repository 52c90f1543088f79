using System;
using System.Collections.Generic;

namespace TypedFacts.Quiz
{
    /// <summary>
    /// Generates multiple-choice questions from any generated fact model, through its reflection-free metadata
    /// (<see cref="FactModel"/>, <see cref="FactKind"/>, <see cref="FactField"/>, <see cref="IFact"/>): a question for a
    /// field of an entry, "who said this?" for quotations, "which source got it wrong?" for disputed fields, and one for
    /// each numeric or dated constant. See <see cref="QuizRounds"/> for which field goes in which round.
    /// </summary>
    /// <remarks>
    /// <para><b>Options.</b> Every question has three or four options, distinct as displayed (ignoring case and white
    /// space), exactly one of them right; a fact that cannot get two distinct wrong options is not asked. Wrong options
    /// are drawn from the same field's values on the kind's other entries, then:</para>
    /// <list type="bullet">
    /// <item>for a reference, the other entries of the referenced kind, shown by name (a <c>name</c> or <c>title</c>
    /// field, or <see cref="QuizPhrasing.DisplayBy(FactField)"/>, else the id in words); for an enum, its other members;</item>
    /// <item>for a number, a duration or a date, values plausibly near it (1 to 5 steps of the answer's own unit or precision):
    /// the nearest few of the field's other values and of values generated around the answer, at the answer's
    /// precision (a date known to the month gets other months);</item>
    /// <item>for a string, only the field's other values (nothing is made up).</item>
    /// </list>
    /// <para>Never an option: a value the model or any source gives for the fact asked (the adopted value, every
    /// claim's value, every item of a list field), or, for a reference to the subject's own kind, the subject itself.
    /// "Who said this?" never offers anyone the model says spoke the same words. "Which source got it wrong?" names the
    /// adopted value and offers one source that gives another value (the answer), never a second one.</para>
    /// <para><b>Seeds.</b> A game is a function of the model, the phrasing, the seed, the count and the rounds, on any
    /// framework and machine: the engine uses its own SplitMix64 generator, not <see cref="Random"/>.</para>
    /// <para>The engine caches what it reads of the model, behind a lock: one engine may serve several threads (a
    /// singleton in a web app).</para>
    /// </remarks>
    public sealed class QuizEngine
    {
        private readonly ModelReader _reader;
        private readonly QuestionFactory _factory;
        private readonly object _gate = new object();

        /// <summary>Creates an engine for a model.</summary>
        /// <param name="model">The model: the generated <c>Facts.Model</c>.</param>
        /// <param name="phrasing">How questions are worded; null for the generic phrasing.</param>
        public QuizEngine(FactModel model, QuizPhrasing? phrasing = null)
        {
            Model = model ?? throw new ArgumentNullException(nameof(model));
            Phrasing = phrasing ?? new QuizPhrasing();
            _reader = new ModelReader(Model, Phrasing);
            _factory = new QuestionFactory(_reader);
        }

        /// <summary>The model the questions come from.</summary>
        public FactModel Model { get; }

        /// <summary>How questions are worded.</summary>
        public QuizPhrasing Phrasing { get; }

        /// <summary>
        /// Every question the model supports in the rounds, in a fixed order (by kind, entry and field in file order,
        /// then the constants), with the options ordered as in a game of seed 0.
        /// </summary>
        /// <param name="rounds">The rounds to include.</param>
        /// <returns>The questions.</returns>
        public IReadOnlyList<QuizQuestion> AllQuestions(QuizRounds rounds = QuizRounds.All)
        {
            lock (_gate)
            {
                return _factory.Build(0, rounds).AsReadOnly();
            }
        }

        /// <summary>
        /// A game: up to <paramref name="count"/> questions, taken in turn from each round (so that a small game still
        /// mixes rounds), never two about the same fact (a field of an entry, a quotation, or a constant: a claim question
        /// would give away the answer of the field's own question), in an order the seed decides. The same arguments give the same
        /// game; another seed gives another selection, order and option order.
        /// </summary>
        /// <param name="seed">Any number; a front end shows it so that a game can be replayed.</param>
        /// <param name="count">How many questions at most; fewer when the rounds have fewer.</param>
        /// <param name="rounds">The rounds to draw from.</param>
        /// <returns>The questions, in the order to ask them.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
        public IReadOnlyList<QuizQuestion> CreateGame(int seed, int count, QuizRounds rounds = QuizRounds.All)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "A game has zero or more questions.");
            }

            List<QuizQuestion> all;
            lock (_gate)
            {
                all = _factory.Build(seed, rounds);
            }

            var random = QuizRandom.ForGame(seed);
            var byRound = new List<List<QuizQuestion>>();
            foreach (var round in new[] { QuizRounds.People, QuizRounds.Numbers, QuizRounds.Dates, QuizRounds.Quotes, QuizRounds.Claims })
            {
                var questions = all.FindAll(q => q.Round == round);
                if (questions.Count > 0)
                {
                    random.Shuffle(questions);
                    byRound.Add(questions);
                }
            }

            random.Shuffle(byRound);
            var game = new List<QuizQuestion>(Math.Min(count, all.Count));
            var facts = new HashSet<string>(StringComparer.Ordinal);
            var next = new int[byRound.Count];
            var progress = true;
            while (game.Count < count && progress)
            {
                progress = false;
                for (var r = 0; r < byRound.Count && game.Count < count; r++)
                {
                    var questions = byRound[r];
                    while (next[r] < questions.Count)
                    {
                        var question = questions[next[r]++];
                        if (facts.Add(FactOf(question)))
                        {
                            game.Add(question);
                            progress = true;
                            break;
                        }
                    }
                }
            }

            random.Shuffle(game);
            return game.AsReadOnly();
        }

        /// <summary>The rounds that have at least one question on this model.</summary>
        /// <returns>The flags of those rounds.</returns>
        public QuizRounds AvailableRounds()
        {
            var rounds = QuizRounds.None;
            foreach (var question in AllQuestions())
            {
                rounds |= question.Round;
            }

            return rounds;
        }

        /// <summary>The round a field's questions belong to; <see cref="QuizRounds.None"/> when the engine does not ask about it (claims aside).</summary>
        /// <param name="field">A field of the model.</param>
        /// <returns>The round.</returns>
        public QuizRounds RoundOf(FactField field)
        {
            if (field is null)
            {
                throw new ArgumentNullException(nameof(field));
            }

            lock (_gate)
            {
                if (_reader.QuoteFieldsOf(field.Owner) is QuoteFields quote && ReferenceEquals(quote.Speaker, field))
                {
                    return QuizRounds.Quotes;
                }

                return _factory.RoundOf(field);
            }
        }

        /// <summary>
        /// Whether the engine takes a kind for a kind of people: the phrasing says so (<see cref="QuizPhrasing.PersonKind"/>,
        /// <see cref="QuizPhrasing.PersonKindNames"/>), or a quotation-like kind's speaker field refers to it.
        /// </summary>
        /// <param name="kind">A kind of the model.</param>
        /// <returns>Whether its entries are people.</returns>
        public bool IsPersonKind(FactKind kind)
        {
            if (kind is null)
            {
                throw new ArgumentNullException(nameof(kind));
            }

            lock (_gate)
            {
                return _reader.IsPerson(kind);
            }
        }

        /// <summary>How options and prompts name an entry: its display field's value, else its id in words.</summary>
        /// <param name="entry">An entry of the model.</param>
        /// <returns>The name: <c>Yulia Peresild</c>.</returns>
        public string NameOf(IFact entry)
        {
            if (entry is null)
            {
                throw new ArgumentNullException(nameof(entry));
            }

            lock (_gate)
            {
                return _reader.NameOf(entry);
            }
        }

        /// <summary>How options show a value of the model: entries by name, list items joined by commas, the rest as <see cref="QuizFormat"/> writes it.</summary>
        /// <param name="value">A field's or constant's value.</param>
        /// <returns>The text; empty for null.</returns>
        public string Format(object? value)
        {
            lock (_gate)
            {
                return _reader.Format(value);
            }
        }

        /// <summary>How options name a source (see <see cref="QuizPhrasing.SourceLabel"/>).</summary>
        /// <param name="source">A source of the model.</param>
        /// <returns>The label.</returns>
        public string LabelOf(FactSource source)
        {
            if (source is null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            return _reader.LabelOf(source);
        }

        /// <summary>
        /// The fact a question is about, whatever its round: the entry and field, or the constant; for a quotation, the
        /// whole entry (a claim on its words names its speaker, the answer of "who said this?").
        /// </summary>
        private string FactOf(QuizQuestion question)
        {
            if (question.Constant is FactConstant constant)
            {
                return "constant:" + constant.Name;
            }

            var subject = question.Subject!;
            var entry = subject.Kind.Name + "." + subject.Id;
            lock (_gate)
            {
                return _reader.QuoteFieldsOf(subject.Kind) is null ? entry + "." + question.Field!.YamlName : entry;
            }
        }
    }
}
