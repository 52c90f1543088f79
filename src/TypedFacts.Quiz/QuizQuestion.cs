using System;
using System.Collections.Generic;

namespace TypedFacts.Quiz
{
    /// <summary>
    /// A multiple-choice question generated from a fact model: a prompt, three or four options of which exactly one is
    /// right, and what to show once the player has answered (the evidence for the field asked, and an explanation).
    /// Immutable; a front end only displays it and compares the chosen index with <see cref="AnswerIndex"/>.
    /// </summary>
    public sealed class QuizQuestion
    {
        internal QuizQuestion(
            string key,
            QuizRounds round,
            string prompt,
            IReadOnlyList<string> options,
            int answerIndex,
            IReadOnlyList<FactEvidence> evidence,
            IFact? subject,
            FactField? field,
            FactConstant? constant,
            FactSource? answerSource,
            string? explanation)
        {
            Key = key;
            Round = round;
            Prompt = prompt;
            Options = options;
            AnswerIndex = answerIndex;
            Evidence = evidence;
            Subject = subject;
            Field = field;
            Constant = constant;
            AnswerSource = answerSource;
            Explanation = explanation;
        }

        /// <summary>
        /// What the question is about, stable across seeds and runs: <c>field:Person.YuliaPeresild.age</c>,
        /// <c>quote:Quotation.PeresildSadToLeave.speaker</c>, <c>claim:Event.SoyuzMs18Landing.at</c>,
        /// <c>constant:DaysOnStation</c>, <c>claim-constant:DaysOnStation</c>. Two questions of one game never share a
        /// key, nor a subject and field.
        /// </summary>
        public string Key { get; }

        /// <summary>The round the question belongs to: exactly one flag of <see cref="QuizRounds"/>.</summary>
        public QuizRounds Round { get; }

        /// <summary>The question as shown to the player.</summary>
        public string Prompt { get; }

        /// <summary>The choices, in the order they are shown: three or four texts, distinct as displayed (ignoring case and white space).</summary>
        public IReadOnlyList<string> Options { get; }

        /// <summary>The zero-based position of the right answer in <see cref="Options"/>.</summary>
        public int AnswerIndex { get; }

        /// <summary>The right answer's text: <c>Options[AnswerIndex]</c>.</summary>
        public string Answer => Options[AnswerIndex];

        /// <summary>
        /// The evidence to show after the answer, every item citing the field asked: for a field question the items
        /// that name the field (<see cref="IFact.EvidenceFor"/>); for "who said this?" those that name the speaker field;
        /// for a claim the items that give the differing value, then those for the adopted one; for a constant its items
        /// that are no claims. Empty when the fact file gives none.
        /// </summary>
        public IReadOnlyList<FactEvidence> Evidence { get; }

        /// <summary>The entry asked about; null for a question about a constant.</summary>
        public IFact? Subject { get; }

        /// <summary>The field asked about (for "who said this?", the speaker field); null for a constant.</summary>
        public FactField? Field { get; }

        /// <summary>The constant asked about; null for a question about an entry.</summary>
        public FactConstant? Constant { get; }

        /// <summary>For a <see cref="QuizRounds.Claims"/> question, the source that is the right answer; otherwise null.</summary>
        public FactSource? AnswerSource { get; }

        /// <summary>
        /// What to say once the player has answered, beyond the answer and the evidence: for a list field, all of its
        /// items; where sources disagree, which source gives what and why it was not adopted; for a claim question, also
        /// the adopted value. Null when there is nothing to add.
        /// </summary>
        public string? Explanation { get; }

        /// <summary>Whether an option is the right answer.</summary>
        /// <param name="index">The zero-based position of the option chosen.</param>
        /// <returns>Whether <paramref name="index"/> is <see cref="AnswerIndex"/>.</returns>
        public bool IsCorrect(int index) => index == AnswerIndex;

        /// <summary>The label of an option: A, B, C, D.</summary>
        /// <param name="index">The zero-based position of the option.</param>
        /// <returns>The letter.</returns>
        public static string LabelOf(int index)
        {
            if (index < 0 || index >= 26)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "An option is labelled A to Z.");
            }

            return ((char)('A' + index)).ToString();
        }

        /// <summary>The prompt and the answer.</summary>
        /// <returns><c>How old was Yulia Peresild…? → 37</c>.</returns>
        public override string ToString() => Prompt + " \u2192 " + Answer;
    }
}
