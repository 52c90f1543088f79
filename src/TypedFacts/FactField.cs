using System;
using System.Collections.Generic;

namespace TypedFacts
{
    /// <summary>
    /// A field of a kind: its names, description and type, and a way to read its value from any record of the kind
    /// without reflection. The typed <see cref="FactField{TRecord, TValue}"/> reads it without boxing.
    /// </summary>
    public abstract class FactField
    {
        private protected FactField(FactKind owner, string name, string yamlName, string? description, FactType type)
        {
            Owner = owner ?? throw new ArgumentNullException(nameof(owner));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            YamlName = yamlName ?? throw new ArgumentNullException(nameof(yamlName));
            Description = description;
            Type = type ?? throw new ArgumentNullException(nameof(type));
        }

        /// <summary>The C# name of the field's property: <c>Age</c>.</summary>
        public string Name { get; }

        /// <summary>The name as the fact file writes it, and as evidence items name it: <c>age</c>.</summary>
        public string YamlName { get; }

        /// <summary>The field's description in its fact file, if any.</summary>
        public string? Description { get; }

        /// <summary>The kind the field belongs to.</summary>
        public FactKind Owner { get; }

        /// <summary>The field's type.</summary>
        public FactType Type { get; }

        /// <summary>Reads the field's value from a record of its kind.</summary>
        /// <param name="record">A record of <see cref="Owner"/>.</param>
        /// <returns>The value, boxed; null for a missing value.</returns>
        /// <exception cref="ArgumentException"><paramref name="record"/> is of another kind.</exception>
        public abstract object? GetValue(IFactRecord record);

        /// <summary>
        /// The values the sources give for the field on an entry of its kind, boxed: the adopted value (with
        /// <see cref="IFact.EvidenceFor"/>) first, then each value a source gives instead, in file order.
        /// </summary>
        /// <param name="record">A record of <see cref="Owner"/>; a value kind's records have no evidence, so just the adopted value.</param>
        /// <returns>The claims.</returns>
        /// <exception cref="ArgumentException"><paramref name="record"/> is of another kind.</exception>
        public abstract IReadOnlyList<FactClaim<object?>> GetClaims(IFactRecord record);

        /// <summary>The field's full name.</summary>
        /// <returns><c>Person.Age</c>.</returns>
        public override string ToString() => Owner.Name + "." + Name;

        /// <summary>Throws unless <paramref name="field"/> is a field of <paramref name="kind"/>.</summary>
        internal static void CheckOwner(FactField field, FactKind kind)
        {
            if (field is null)
            {
                throw new ArgumentNullException(nameof(field));
            }

            if (!ReferenceEquals(field.Owner, kind))
            {
                throw new ArgumentException($"{field} is a field of {field.Owner}, not of {kind}.", nameof(field));
            }
        }
    }

    /// <summary>A field of the record type <typeparamref name="TRecord"/>, whose values are <typeparamref name="TValue"/>.</summary>
    /// <typeparam name="TRecord">The generated record type.</typeparam>
    /// <typeparam name="TValue">The type of the field's property.</typeparam>
    public sealed class FactField<TRecord, TValue> : FactField
        where TRecord : class, IFactRecord
    {
        private readonly Func<TRecord, TValue> _get;

        /// <summary>Creates a field; generated code calls this once per field.</summary>
        /// <param name="owner">The kind the field belongs to.</param>
        /// <param name="name">The C# name of the field's property.</param>
        /// <param name="yamlName">The name as the fact file writes it.</param>
        /// <param name="description">The field's description, if any.</param>
        /// <param name="type">The field's type.</param>
        /// <param name="get">Reads the property.</param>
        public FactField(FactKind owner, string name, string yamlName, string? description, FactType type, Func<TRecord, TValue> get)
            : base(owner, name, yamlName, description, type)
        {
            _get = get ?? throw new ArgumentNullException(nameof(get));
        }

        /// <summary>Reads the field's value: no boxing, no reflection.</summary>
        /// <param name="record">The record.</param>
        /// <returns>The value of the field's property.</returns>
        public TValue Get(TRecord record) => _get(record ?? throw new ArgumentNullException(nameof(record)));

        /// <inheritdoc/>
        public override object? GetValue(IFactRecord record) => _get(Typed(record));

        /// <summary>
        /// The values the sources give for the field on an entry: the adopted value (the property's, with
        /// <see cref="IFact.EvidenceFor"/>) first, then one claim per distinct value a source gives instead, in file
        /// order, with the items that give it and the first one's note. What the generated <c>ClaimsFor</c> returns.
        /// </summary>
        /// <param name="record">A record of <see cref="FactField.Owner"/>.</param>
        /// <returns>The claims; just the adopted one when no source disputes the value.</returns>
        public IReadOnlyList<FactClaim<TValue>> Claims(TRecord record)
        {
            CheckOwner(this, (record ?? throw new ArgumentNullException(nameof(record))).Kind);
            var evidence = record is IFact fact ? fact.Evidence : (IReadOnlyList<FactEvidence>)new FactEvidence[0];
            return FactClaims.Of(_get(record), FactEvidence.For(evidence, this, Owner), evidence, item => item.Fields.Count == 1 && item.Fields[0] == YamlName, value => (TValue)value!);
        }

        /// <inheritdoc/>
        public override IReadOnlyList<FactClaim<object?>> GetClaims(IFactRecord record)
        {
            var claims = Claims(Typed(record));
            var boxed = new FactClaim<object?>[claims.Count];
            for (var i = 0; i < boxed.Length; i++)
            {
                boxed[i] = new FactClaim<object?>(claims[i].Value, claims[i].IsAdopted, claims[i].Evidence, claims[i].Note);
            }

            return boxed;
        }

        private TRecord Typed(IFactRecord record)
            => record as TRecord ?? throw new ArgumentException($"{ToString()} is a field of {Owner}; the record is a {record?.Kind.ToString() ?? "null"}.", nameof(record));
    }
}
