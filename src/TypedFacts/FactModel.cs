using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace TypedFacts
{
    /// <summary>
    /// Every kind, source and constant of one generated namespace, in file order: the entry point for walking a
    /// model without knowing its types (<c>Facts.Model</c> in the generated code).
    /// </summary>
    public sealed class FactModel
    {
        private readonly Func<IReadOnlyList<FactConstant>> _constants;
        private IReadOnlyList<FactConstant>? _constantList;

        /// <summary>Creates the model of a namespace; generated code calls this once per namespace.</summary>
        /// <param name="namespace">The C# namespace of the generated code.</param>
        /// <param name="kinds">Its kinds, value kinds included, in file order.</param>
        /// <param name="sources">Its sources, in file order.</param>
        /// <param name="constants">Its constants, asked for when first needed.</param>
        public FactModel(string @namespace, IReadOnlyList<FactKind> kinds, IReadOnlyList<FactSource> sources, Func<IReadOnlyList<FactConstant>> constants)
        {
            Namespace = @namespace ?? throw new ArgumentNullException(nameof(@namespace));
            Kinds = kinds ?? throw new ArgumentNullException(nameof(kinds));
            Sources = sources ?? throw new ArgumentNullException(nameof(sources));
            _constants = constants ?? throw new ArgumentNullException(nameof(constants));
        }

        /// <summary>The C# namespace of the generated code.</summary>
        public string Namespace { get; }

        /// <summary>The namespace's kinds, value kinds included, in file order.</summary>
        public IReadOnlyList<FactKind> Kinds { get; }

        /// <summary>The namespace's sources, in file order.</summary>
        public IReadOnlyList<FactSource> Sources { get; }

        /// <summary>The namespace's constants, in file order (every catalog's).</summary>
        public IReadOnlyList<FactConstant> Constants => _constantList ?? (_constantList = _constants());

        /// <summary>Finds a kind by its C# name.</summary>
        /// <param name="name">The name: <c>Person</c>.</param>
        /// <param name="kind">The kind, when the model has one of that name.</param>
        /// <returns>Whether the model has such a kind.</returns>
        public bool TryGetKind(string name, [NotNullWhen(true)] out FactKind? kind)
        {
            foreach (var candidate in Kinds)
            {
                if (candidate.Name == name)
                {
                    kind = candidate;
                    return true;
                }
            }

            kind = null;
            return false;
        }

        /// <summary>Finds a source by its id.</summary>
        /// <param name="id">The id: <c>Article000</c>.</param>
        /// <param name="source">The source, when the model has one of that id.</param>
        /// <returns>Whether the model has such a source.</returns>
        public bool TryGetSource(string id, [NotNullWhen(true)] out FactSource? source)
        {
            foreach (var candidate in Sources)
            {
                if (candidate.Id == id)
                {
                    source = candidate;
                    return true;
                }
            }

            source = null;
            return false;
        }

        /// <summary>The namespace.</summary>
        /// <returns><see cref="Namespace"/>.</returns>
        public override string ToString() => Namespace;
    }
}
