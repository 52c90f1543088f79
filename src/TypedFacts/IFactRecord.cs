using System.Collections.Generic;

namespace TypedFacts
{
    /// <summary>A value of a generated record type: an entry of an entity kind, or an inline value of a value kind.</summary>
    public interface IFactRecord
    {
        /// <summary>The kind of this record: the same object as its type's <c>Descriptor</c>.</summary>
        FactKind Kind { get; }
    }

    /// <summary>An entry of an entity kind: a named fact with its evidence.</summary>
    public interface IFact : IFactRecord
    {
        /// <summary>The id of the entry, as written in its fact file.</summary>
        string Id { get; }

        /// <summary>Every item of the entry's <c>$evidence</c>, in file order, claims included.</summary>
        IReadOnlyList<FactEvidence> Evidence { get; }

        /// <summary>
        /// The evidence items whose <c>fields</c> name <paramref name="field"/> and that give no other value for
        /// it (no <c>value:</c>); items about the entry as a whole are not included.
        /// </summary>
        /// <param name="field">A field of this entry's kind.</param>
        /// <returns>The items, in file order; empty when none names the field.</returns>
        /// <exception cref="System.ArgumentException"><paramref name="field"/> is a field of another kind.</exception>
        IReadOnlyList<FactEvidence> EvidenceFor(FactField field);
    }
}
