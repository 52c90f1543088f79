using System.Text;
using Microsoft.CodeAnalysis.Text;
using TypedFacts.Generator.Emit;

namespace TypedFacts.Generator.Pipeline;

/// <summary>
/// A generated file's text for the compiler, read straight from the blocks it was written in
/// (<see cref="TextChunks"/>): no large string is made of it, as <c>SourceText.From(string)</c>
/// would need. UTF-8, as <c>AddSource</c> requires an encoding.
/// </summary>
internal sealed class ChunkedSourceText(TextChunks chunks) : SourceText
{
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => chunks.Length;

    public override char this[int position] => chunks[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        => chunks.CopyTo(sourceIndex, destination, destinationIndex, count);
}
