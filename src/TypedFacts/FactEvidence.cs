using System;
using System.Collections.Generic;

namespace TypedFacts
{
    /// <summary>
    /// An item of evidence: a verbatim quote of a source (checked against its text at compile time), the fields it
    /// supports, and the curator's note. A claim gives its source's different value for one field.
    /// </summary>
    public sealed class FactEvidence : IEquatable<FactEvidence>
    {
        private static readonly FactEvidence[] s_none = new FactEvidence[0];
        private readonly Func<object?>? _claimed;
        private object? _value;
        private bool _evaluated;

        /// <summary>Creates an evidence item that supports the adopted value; generated code calls this.</summary>
        /// <param name="source">The source quoted.</param>
        /// <param name="quote">The passage of the source, verbatim.</param>
        /// <param name="fields">The YAML names of the fields the quote supports; empty for the whole fact.</param>
        /// <param name="note">The curator's note, if any.</param>
        public FactEvidence(FactSource source, string quote, IReadOnlyList<string> fields, string? note)
        {
            Source = source ?? throw new ArgumentNullException(nameof(source));
            Quote = quote ?? throw new ArgumentNullException(nameof(quote));
            Fields = fields ?? throw new ArgumentNullException(nameof(fields));
            Note = note;
        }

        /// <summary>Creates a claim: an item whose source gives another value; generated code calls this.</summary>
        /// <param name="source">The source quoted.</param>
        /// <param name="quote">The passage of the source, verbatim.</param>
        /// <param name="fields">The YAML name of the one field the claim is about; empty on a constant.</param>
        /// <param name="note">Why the value was not adopted, if given.</param>
        /// <param name="claimed">The value the source gives, built when first read (it may be an entry).</param>
        public FactEvidence(FactSource source, string quote, IReadOnlyList<string> fields, string? note, Func<object?> claimed)
            : this(source, quote, fields, note)
        {
            _claimed = claimed ?? throw new ArgumentNullException(nameof(claimed));
        }

        /// <summary>The source the quote is taken from.</summary>
        public FactSource Source { get; }

        /// <summary>The passage of the source, verbatim.</summary>
        public string Quote { get; }

        /// <summary>The YAML names of the fields the quote supports; empty when it supports the fact as a whole.</summary>
        public IReadOnlyList<string> Fields { get; }

        /// <summary>The curator's note: how sources disagree, why a value was or was not adopted.</summary>
        public string? Note { get; }

        /// <summary>Whether the item is a claim: its source gives another value for its field than the one adopted.</summary>
        public bool IsClaim => _claimed is not null;

        /// <summary>The value a claim gives, typed as its field's property (boxed); null for an item that is no claim.</summary>
        public object? Value
        {
            get
            {
                if (_claimed is not null && !_evaluated)
                {
                    _value = _claimed();
                    _evaluated = true;
                }

                return _value;
            }
        }

        /// <summary>
        /// The items of <paramref name="evidence"/> that name <paramref name="field"/> and are no claims: what
        /// <see cref="IFact.EvidenceFor"/> returns.
        /// </summary>
        /// <param name="evidence">An entry's evidence.</param>
        /// <param name="field">A field of the entry's kind.</param>
        /// <param name="kind">The entry's kind.</param>
        /// <returns>The items, in order; a shared empty list when there are none.</returns>
        /// <exception cref="ArgumentException"><paramref name="field"/> is not a field of <paramref name="kind"/>.</exception>
        public static IReadOnlyList<FactEvidence> For(IReadOnlyList<FactEvidence> evidence, FactField field, FactKind kind)
        {
            FactField.CheckOwner(field, kind);
            List<FactEvidence>? found = null;
            for (var i = 0; i < evidence.Count; i++)
            {
                var item = evidence[i];
                if (!item.IsClaim && Names(item.Fields, field.YamlName))
                {
                    (found ?? (found = new List<FactEvidence>())).Add(item);
                }
            }

            return found is null ? s_none : (IReadOnlyList<FactEvidence>)found.AsReadOnly();
        }

        /// <summary>Whether two items say the same: the same source, quote, fields, note and claim.</summary>
        /// <param name="other">The other item.</param>
        /// <returns>Whether they are equal.</returns>
        public bool Equals(FactEvidence? other)
        {
            if (other is null || !ReferenceEquals(Source, other.Source) || Quote != other.Quote || Note != other.Note || IsClaim != other.IsClaim || Fields.Count != other.Fields.Count)
            {
                return false;
            }

            for (var i = 0; i < Fields.Count; i++)
            {
                if (!string.Equals(Fields[i], other.Fields[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            // Two claims with the same quote may still give different values.
            return !IsClaim || FactClaims.Same(Value, other.Value);
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as FactEvidence);

        /// <inheritdoc/>
        public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Source.Id) * 31) ^ StringComparer.Ordinal.GetHashCode(Quote);

        /// <summary>The source and the quote.</summary>
        /// <returns><c>Article000: "…"</c>.</returns>
        public override string ToString() => Source.Id + ": \u201C" + Quote + "\u201D";

        private static bool Names(IReadOnlyList<string> fields, string name)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (string.Equals(fields[i], name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
