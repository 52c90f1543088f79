using System;
using System.Collections.Generic;

namespace TypedFacts
{
    /// <summary>A single named value of a model (a fact file's <c>constants</c>), with its evidence and claims.</summary>
    public sealed class FactConstant
    {
        /// <summary>Creates a constant's descriptor; generated code calls this once per constant.</summary>
        /// <param name="name">The C# name of the constant.</param>
        /// <param name="yamlName">The name as the fact file writes it.</param>
        /// <param name="description">The constant's description, if any.</param>
        /// <param name="type">The constant's type.</param>
        /// <param name="value">The constant's value, boxed.</param>
        /// <param name="evidence">Every item of its <c>$evidence</c>, claims included.</param>
        public FactConstant(string name, string yamlName, string? description, FactType type, object? value, IReadOnlyList<FactEvidence> evidence)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            YamlName = yamlName ?? throw new ArgumentNullException(nameof(yamlName));
            Description = description;
            Type = type ?? throw new ArgumentNullException(nameof(type));
            Value = value;
            Evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
            Claims = FactClaims.Of(value, Adopted(evidence), evidence, item => true, v => v);
        }

        /// <summary>The C# name of the constant: <c>DaysOnStation</c>.</summary>
        public string Name { get; }

        /// <summary>The name as the fact file writes it.</summary>
        public string YamlName { get; }

        /// <summary>The constant's description, if any.</summary>
        public string? Description { get; }

        /// <summary>The constant's type.</summary>
        public FactType Type { get; }

        /// <summary>The constant's value, boxed.</summary>
        public object? Value { get; }

        /// <summary>Every item of the constant's <c>$evidence</c>, in file order, claims included.</summary>
        public IReadOnlyList<FactEvidence> Evidence { get; }

        /// <summary>The adopted claim first (its evidence: the items that are no claims), then each distinct variant in file order.</summary>
        public IReadOnlyList<FactClaim<object?>> Claims { get; }

        /// <summary>The name and the value.</summary>
        /// <returns><c>DaysOnStation = 12.00:00:00</c>.</returns>
        public override string ToString() => Name + " = " + (Value is null ? "null" : Value.ToString());

        private static IReadOnlyList<FactEvidence> Adopted(IReadOnlyList<FactEvidence> evidence)
        {
            var adopted = new List<FactEvidence>(evidence.Count);
            foreach (var item in evidence)
            {
                if (!item.IsClaim)
                {
                    adopted.Add(item);
                }
            }

            return adopted.AsReadOnly();
        }
    }
}
