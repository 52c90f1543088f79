using System;
using System.Collections.Generic;

namespace TypedFacts.Quiz
{
    /// <summary>
    /// SplitMix64: a small, fast generator whose sequence depends only on its seed, on every framework and machine.
    /// <see cref="Random"/> is not used because its sequence for a seed is not specified and has changed between
    /// .NET Framework, .NET Core and .NET 6, and a replayed seed must give the same game everywhere (a Unity player
    /// and a web page included).
    /// </summary>
    internal sealed class QuizRandom
    {
        private const ulong Golden = 0x9E3779B97F4A7C15UL;
        private ulong _state;

        private QuizRandom(ulong state) => _state = state;

        /// <summary>The generator of one question of a game: the game's seed mixed with the question's key.</summary>
        public static QuizRandom For(int seed, string key) => new QuizRandom(Mix(((ulong)(uint)seed * Golden) ^ Hash(key)));

        /// <summary>The generator in a given state: SplitMix64's reference sequence for that seed (used by the tests).</summary>
        internal static QuizRandom FromState(ulong state) => new QuizRandom(state);

        /// <summary>The generator of a game as a whole.</summary>
        public static QuizRandom ForGame(int seed) => new QuizRandom(Mix((ulong)(uint)seed ^ 0xD1B54A32D192ED03UL));

        public ulong NextUInt64()
        {
            _state += Golden;
            return Mix(_state);
        }

        /// <summary>A uniform integer in [0, <paramref name="bound"/>), without modulo bias.</summary>
        public int Next(int bound)
        {
            if (bound <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(bound), bound, "The bound must be positive.");
            }

            var range = (ulong)bound;
            var threshold = (0UL - range) % range;
            while (true)
            {
                var value = NextUInt64();
                if (value >= threshold)
                {
                    return (int)(value % range);
                }
            }
        }

        /// <summary>Fisher–Yates, in place.</summary>
        public void Shuffle<T>(IList<T> items)
        {
            for (var i = items.Count - 1; i > 0; i--)
            {
                var j = Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }

        private static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>FNV-1a over the UTF-16 code units: stable, unlike <see cref="string.GetHashCode()"/>, which is randomized per process.</summary>
        private static ulong Hash(string text)
        {
            var hash = 0xCBF29CE484222325UL;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 0x100000001B3UL;
            }

            return hash;
        }
    }
}
