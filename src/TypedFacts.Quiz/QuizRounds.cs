using System;

namespace TypedFacts.Quiz
{
    /// <summary>
    /// The rounds of a quiz: which sorts of question a game draws from. Every question belongs to exactly one round,
    /// decided from the metadata of the field it asks about (<see cref="FactType.Category"/> and <see cref="FactType.Name"/>):
    /// <list type="table">
    /// <listheader><term>round</term><description>questions</description></listheader>
    /// <item><term><see cref="People"/></term><description>A field whose type is a reference to a person-like kind
    /// ("Who commanded …?"), and the string, enum and reference fields of a person-like entry ("What nationality …?"),
    /// except the field that names it. Which kinds are person-like: <see cref="QuizEngine.IsPersonKind"/>.</description></item>
    /// <item><term><see cref="Numbers"/></term><description>Fields and constants of type <c>int</c>, <c>long</c>,
    /// <c>double</c>, <c>decimal</c> and <c>duration</c> (a number of time units), whoever they belong to.</description></item>
    /// <item><term><see cref="Dates"/></term><description>Fields and constants of type <c>date</c>, <c>partialdate</c> and
    /// <c>datetime</c>.</description></item>
    /// <item><term><see cref="Quotes"/></term><description>"Who said this?" for each entry of a quotation-like kind: a kind
    /// with a quoted-text field and a reference to a person (<see cref="QuizPhrasing.Quotes(FactField, FactField)"/>).</description></item>
    /// <item><term><see cref="Claims"/></term><description>"Which source gives a different value?" for each field of an
    /// entry, and each constant, whose sources disagree (<see cref="FactField.GetClaims"/>, <see cref="FactConstant.Claims"/>).</description></item>
    /// </list>
    /// Fields that fit no round are not asked: <c>bool</c> fields (two options would make a coin toss), <c>url</c>s,
    /// value kinds, and the string, enum and reference fields of kinds that are not person-like (an event's place, a
    /// film's rival), unless they refer to a person.
    /// </summary>
    [Flags]
    public enum QuizRounds
    {
        /// <summary>No round.</summary>
        None = 0,

        /// <summary>Who did what, and what the model says about its people.</summary>
        People = 1,

        /// <summary>Counts, ages, amounts and durations.</summary>
        Numbers = 2,

        /// <summary>Dates and times.</summary>
        Dates = 4,

        /// <summary>Who said this?</summary>
        Quotes = 8,

        /// <summary>Which source got it wrong?</summary>
        Claims = 16,

        /// <summary>Every round.</summary>
        All = People | Numbers | Dates | Quotes | Claims,
    }
}
