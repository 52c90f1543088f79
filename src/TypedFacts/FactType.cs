using System;
using System.Collections.Generic;

namespace TypedFacts
{
    /// <summary>What kind of type a field or constant has.</summary>
    public enum FactTypeCategory
    {
        /// <summary>A built-in type: <c>string</c>, <c>int</c>, <c>date</c>, <c>duration</c>...</summary>
        Scalar,

        /// <summary>An enum of the fact file.</summary>
        Enum,

        /// <summary>A reference to an entry of an entity kind.</summary>
        Entity,

        /// <summary>An inline value of a value kind.</summary>
        Value,

        /// <summary>A reference to a source (<c>FactSource</c>).</summary>
        Source,
    }

    /// <summary>The type of a field or constant, as the fact file declares it.</summary>
    public sealed class FactType
    {
        private static readonly string[] s_noMembers = new string[0];
        private readonly Func<FactKind>? _kind;

        /// <summary>Creates a type; generated code calls this once per field or constant.</summary>
        /// <param name="name">The YAML type name without <c>?</c> and <c>[]</c>: <c>int</c>, <c>Person</c>, <c>Role</c>.</param>
        /// <param name="category">What kind of type it is.</param>
        /// <param name="isList">Whether it is a list (<c>T[]</c>).</param>
        /// <param name="isNullable">Whether it may be null (<c>T?</c>, <c>T[]?</c>).</param>
        /// <param name="clrType">The type of the property as declared.</param>
        /// <param name="kind">The kind of an entity or value type, asked for when first needed; null otherwise.</param>
        /// <param name="enumMembers">The YAML names of an enum's members; null otherwise.</param>
        public FactType(string name, FactTypeCategory category, bool isList, bool isNullable, Type clrType, Func<FactKind>? kind = null, IReadOnlyList<string>? enumMembers = null)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Category = category;
            IsList = isList;
            IsNullable = isNullable;
            ClrType = clrType ?? throw new ArgumentNullException(nameof(clrType));
            _kind = kind;
            EnumMembers = enumMembers ?? s_noMembers;
        }

        /// <summary>The YAML type name without <c>?</c> and <c>[]</c>: <c>int</c>, <c>date</c>, <c>Person</c>, <c>Role</c>.</summary>
        public string Name { get; }

        /// <summary>What kind of type it is.</summary>
        public FactTypeCategory Category { get; }

        /// <summary>Whether it is a list (<c>T[]</c>).</summary>
        public bool IsList { get; }

        /// <summary>Whether it may be null: <c>T?</c>, or a list that may be unknown (<c>T[]?</c>).</summary>
        public bool IsNullable { get; }

        /// <summary>The kind of an entity or value type; null for the other categories.</summary>
        public FactKind? Kind => _kind?.Invoke();

        /// <summary>The YAML names of an enum's members, in declaration order; empty for the other categories.</summary>
        public IReadOnlyList<string> EnumMembers { get; }

        /// <summary>The type of the property as declared: <c>int?</c>, <c>IReadOnlyList&lt;Mission&gt;</c>.</summary>
        public Type ClrType { get; }

        /// <summary>The type as a fact file writes it.</summary>
        /// <returns><c>int?</c>, <c>Mission[]</c>.</returns>
        public override string ToString() => Name + (IsList ? "[]" : string.Empty) + (IsNullable ? "?" : string.Empty);
    }
}
