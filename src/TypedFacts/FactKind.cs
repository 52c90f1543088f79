using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace TypedFacts
{
    /// <summary>
    /// A kind of fact of a generated model (a record kind of a fact file): its fields and, for an entity kind, its
    /// entries. There is one instance per kind: <c>Person.Descriptor</c>, <see cref="IFactRecord.Kind"/> and
    /// <see cref="FactField.Owner"/> are the same object.
    /// </summary>
    public sealed class FactKind
    {
        private readonly Func<IReadOnlyList<FactField>> _fields;
        private readonly Func<IReadOnlyList<IFact>> _entries;
        private readonly Func<string, IFact?> _find;
        private IReadOnlyList<FactField>? _fieldList;

        /// <summary>Creates the descriptor of a kind; generated code calls this once per kind.</summary>
        /// <param name="name">The C# name of the kind's type.</param>
        /// <param name="namespace">The C# namespace of the kind's type.</param>
        /// <param name="description">The kind's description in its fact file, if any.</param>
        /// <param name="isEntity">Whether the kind has entries (an entity kind) or is written inline (a value kind).</param>
        /// <param name="fields">The kind's fields, asked for when first needed (they refer back to this kind).</param>
        /// <param name="entries">The kind's entries in file order; empty for a value kind.</param>
        /// <param name="find">The entry with an id, or null.</param>
        public FactKind(string name, string @namespace, string? description, bool isEntity, Func<IReadOnlyList<FactField>> fields, Func<IReadOnlyList<IFact>> entries, Func<string, IFact?> find)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Namespace = @namespace ?? throw new ArgumentNullException(nameof(@namespace));
            Description = description;
            IsEntity = isEntity;
            _fields = fields ?? throw new ArgumentNullException(nameof(fields));
            _entries = entries ?? throw new ArgumentNullException(nameof(entries));
            _find = find ?? throw new ArgumentNullException(nameof(find));
        }

        /// <summary>The C# name of the kind's type: <c>Person</c>.</summary>
        public string Name { get; }

        /// <summary>The C# namespace of the kind's type: <c>SpaceFilm</c>.</summary>
        public string Namespace { get; }

        /// <summary>The kind's description in its fact file, if any.</summary>
        public string? Description { get; }

        /// <summary>Whether the kind has entries (an entity kind) rather than values written inline (a value kind).</summary>
        public bool IsEntity { get; }

        /// <summary>The kind's fields, in declaration order.</summary>
        public IReadOnlyList<FactField> Fields => _fieldList ?? (_fieldList = _fields());

        /// <summary>The kind's entries, in file order; empty for a value kind. Entries are built as they are read.</summary>
        public IReadOnlyList<IFact> Entries => _entries();

        /// <summary>Finds the entry with an id.</summary>
        /// <param name="id">The id, as written in the fact file.</param>
        /// <param name="fact">The entry, when there is one.</param>
        /// <returns>Whether the kind has an entry with that id.</returns>
        public bool TryGet(string id, [NotNullWhen(true)] out IFact? fact)
        {
            fact = id is null ? null : _find(id);
            return fact is not null;
        }

        /// <summary>Finds a field by its YAML name (<c>age</c>) or its C# name (<c>Age</c>).</summary>
        /// <param name="name">The name.</param>
        /// <param name="field">The field, when the kind has one of that name.</param>
        /// <returns>Whether the kind has such a field.</returns>
        public bool TryGetField(string name, [NotNullWhen(true)] out FactField? field)
        {
            foreach (var candidate in Fields)
            {
                if (candidate.YamlName == name || candidate.Name == name)
                {
                    field = candidate;
                    return true;
                }
            }

            field = null;
            return false;
        }

        /// <summary>The kind's full C# name.</summary>
        /// <returns><c>SpaceFilm.Person</c>.</returns>
        public override string ToString() => Namespace.Length == 0 ? Name : Namespace + "." + Name;
    }
}
