using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using TypedFacts.Generator.Emit;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// A generated file is written in blocks and handed to the compiler as they are: the text read
/// back, by position, by range or whole, must be exactly what was appended, across block ends.
/// </summary>
public sealed class TextChunksTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8_191)]
    [InlineData(8_192)]
    [InlineData(8_193)]
    [InlineData(50_000)]
    public void TheTextReadBackIsTheTextAppended(int length)
    {
        var (chunks, expected) = Written(length, seed: length);

        chunks.Length.ShouldBe(expected.Length);
        chunks.ToString().ShouldBe(expected);
        for (var i = 0; i < expected.Length; i += 997)
        {
            chunks[i].ShouldBe(expected[i]);
        }

        if (expected.Length > 0)
        {
            chunks[expected.Length - 1].ShouldBe(expected[^1]);
        }

        Should.Throw<ArgumentOutOfRangeException>(() => chunks[expected.Length]);
    }

    [Fact]
    public void ARangeIsCopiedAcrossBlocks()
    {
        var (chunks, expected) = Written(40_000, seed: 7);
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var start = random.Next(expected.Length);
            var count = random.Next(expected.Length - start + 1);
            var destination = new char[count + 2];

            chunks.CopyTo(start, destination, 1, count);

            new string(destination, 1, count).ShouldBe(expected.Substring(start, count));
        }

        Should.Throw<ArgumentOutOfRangeException>(() => chunks.CopyTo(expected.Length - 1, new char[2], 0, 2));
    }

    [Fact]
    public void TextsAreEqualWhenTheirCharactersAre()
    {
        var (a, text) = Written(20_000, seed: 3);
        var (b, _) = Written(20_000, seed: 3);
        var c = new TextChunks();
        c.Append(text.Substring(0, 19_999));
        c.Append('!');

        a.Equals(b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.Equals(c).ShouldBeFalse("the last character differs");
        a.Equals(new TextChunks()).ShouldBeFalse();
    }

    [Fact]
    public void TheCompilerReadsTheBlocksAsText()
    {
        var source = new StringBuilder("namespace N { internal static class C {\n");
        for (var i = 0; i < 2_000; i++)
        {
            source.Append("    public const string S").Append(i).Append(" = \"").Append(new string('x', i % 50)).Append("\";\n");
        }

        source.Append("} }\n");
        var chunks = new TextChunks();
        chunks.Append(source.ToString());

        var text = new Pipeline.ChunkedSourceText(chunks);
        var tree = CSharpSyntaxTree.ParseText(text);

        text.ToString().ShouldBe(source.ToString());
        text.Encoding.ShouldBe(Encoding.UTF8);
        tree.GetDiagnostics().ShouldBeEmpty();
        tree.GetText().Lines.Count.ShouldBe(2_003);
    }

    /// <summary>Text appended piece by piece, in every way the writer appends it.</summary>
    private static (TextChunks Chunks, string Text) Written(int length, int seed)
    {
        var random = new Random(seed);
        var chunks = new TextChunks();
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var piece = new string((char)('a' + random.Next(26)), Math.Min(1 + random.Next(300), length - text.Length));
            switch (random.Next(3))
            {
                case 0:
                    chunks.Append(piece);
                    break;
                case 1:
                    chunks.Append("<" + piece + ">", 1, piece.Length);
                    break;
                default:
                    chunks.Append(piece[0], piece.Length);
                    break;
            }

            text.Append(piece);
        }

        return (chunks, text.ToString());
    }
}
