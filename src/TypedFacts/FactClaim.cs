using System;
using System.Collections.Generic;

namespace TypedFacts
{
    /// <summary>
    /// A value for a field (or a constant) as one or more sources give it: the adopted value (the one the model
    /// uses), or a variant that a source gives instead, with the evidence for it and the reason it was not adopted.
    /// </summary>
    /// <typeparam name="T">The type of the field's property.</typeparam>
    public sealed class FactClaim<T>
    {
        /// <summary>Creates a claim; generated code calls this.</summary>
        /// <param name="value">The value claimed.</param>
        /// <param name="isAdopted">Whether it is the value the model adopted.</param>
        /// <param name="evidence">The evidence that gives this value.</param>
        /// <param name="note">Why a variant was not adopted; null for the adopted claim.</param>
        public FactClaim(T value, bool isAdopted, IReadOnlyList<FactEvidence> evidence, string? note)
        {
            Value = value;
            IsAdopted = isAdopted;
            Evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
            Note = note;
        }

        /// <summary>The value claimed.</summary>
        public T Value { get; }

        /// <summary>Whether this is the value the model adopted (the field's own value).</summary>
        public bool IsAdopted { get; }

        /// <summary>
        /// The evidence for this value: for the adopted claim, the items that name the field and are no claims; for a
        /// variant, the items that give this value.
        /// </summary>
        public IReadOnlyList<FactEvidence> Evidence { get; }

        /// <summary>Why a variant was not adopted (its first item's note); null on the adopted claim.</summary>
        public string? Note { get; }

        /// <summary>The value, and whether it was adopted.</summary>
        /// <returns><c>37 (adopted)</c>.</returns>
        public override string ToString() => (Value is null ? "null" : Value.ToString()) + (IsAdopted ? " (adopted)" : " (variant)");
    }
}
