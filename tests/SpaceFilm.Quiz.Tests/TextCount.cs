namespace SpaceFilm.Quiz.Tests;

internal static class TextCount
{
    /// <summary>How many times <paramref name="part"/> occurs in <paramref name="text"/>, without overlaps.</summary>
    public static int Of(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
