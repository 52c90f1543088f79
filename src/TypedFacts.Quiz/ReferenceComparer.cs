using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace TypedFacts.Quiz
{
    /// <summary>Compares by identity: entries of two kinds may share an id, and entity equality is by id.</summary>
    internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceComparer<T> Instance = new ReferenceComparer<T>();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
