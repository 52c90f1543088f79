using System;
using System.ComponentModel;
using System.Threading;

namespace TypedFacts
{
    /// <summary>
    /// For generated code: the entries of one kind as data, in the compact text form the generator
    /// writes (see <see cref="FactDataReader"/>), split into chunks of a fixed number of entries. An
    /// entry is decoded when it is first read, and a chunk is scanned for where its entries start
    /// when one of them is first read, so reading one entry never touches the others.
    /// </summary>
    /// <remarks>
    /// Entries as data rather than as one constructor call each make the compiler's work on a
    /// large fact file a string literal to read instead of thousands of expressions to bind
    /// (docs/performance.md). The form is private to the generator and this library, which ship
    /// together in one package.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FactData
    {
        private readonly string[] _chunks;
        private readonly int _chunkSize;
        private readonly int[]?[] _starts;

        /// <summary>Creates the data of <paramref name="count"/> entries; generated code calls this.</summary>
        /// <param name="count">How many entries there are.</param>
        /// <param name="chunkSize">How many entries each chunk holds (the last may hold fewer).</param>
        /// <param name="chunks">The chunks: each entry's values, every value ended by '|', every entry by a line feed.</param>
        public FactData(int count, int chunkSize, string[] chunks)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            if (chunkSize <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(chunkSize));
            }

            _chunks = chunks ?? throw new ArgumentNullException(nameof(chunks));
            if (chunks.Length != (count + chunkSize - 1) / chunkSize)
            {
                throw new ArgumentException("There must be one chunk per " + chunkSize + " entries.", nameof(chunks));
            }

            Count = count;
            _chunkSize = chunkSize;
            _starts = new int[]?[chunks.Length];
        }

        /// <summary>How many entries there are.</summary>
        public int Count { get; }

        /// <summary>A reader at the first value of an entry.</summary>
        /// <param name="index">The entry's position, from 0.</param>
        /// <returns>The reader.</returns>
        public FactDataReader Read(int index)
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var chunk = index / _chunkSize;
            var starts = Volatile.Read(ref _starts[chunk]) ?? Scan(chunk);
            return new FactDataReader(_chunks[chunk], starts[index - (chunk * _chunkSize)]);
        }

        /// <summary>The first value of an entry, as text: an entity's id.</summary>
        /// <param name="index">The entry's position, from 0.</param>
        /// <returns>The text.</returns>
        public string ReadFirst(int index) => Read(index).ReadString();

        /// <summary>Where each entry of a chunk starts; an entry ends with the only raw line feed it holds.</summary>
        private int[] Scan(int chunk)
        {
            var text = _chunks[chunk];
            var entries = Math.Min(_chunkSize, Count - (chunk * _chunkSize));
            var starts = new int[entries];
            var position = 0;
            for (var i = 0; i < entries; i++)
            {
                starts[i] = position;
                var end = text.IndexOf('\n', position);
                if (end < 0)
                {
                    throw new FormatException("Chunk " + chunk + " of the fact data holds fewer entries than it should.");
                }

                position = end + 1;
            }

            Volatile.Write(ref _starts[chunk], starts);
            return starts;
        }
    }
}
