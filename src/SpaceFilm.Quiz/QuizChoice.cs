using System.Globalization;

namespace SpaceFilm.Quiz;

/// <summary>Reads a player's choice: an option's letter or number (A is 1), or q to quit.</summary>
public static class QuizChoice
{
    /// <summary>What <see cref="TryParse"/> gives for "q" or "quit".</summary>
    public const int Quit = -1;

    /// <summary>Reads one choice.</summary>
    /// <param name="text">What the player typed, such as <c>B</c>, <c>2</c> or <c>q</c>.</param>
    /// <param name="optionCount">How many options the question has.</param>
    /// <param name="choice">The zero-based option, or <see cref="Quit"/>.</param>
    /// <returns>Whether the text is a choice for this question.</returns>
    public static bool TryParse(string text, int optionCount, out int choice)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        choice = Quit;
        if (trimmed.Equals("q", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("quit", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            choice = number - 1;
            return number >= 1 && number <= optionCount;
        }

        if (trimmed.Length == 1 && char.IsAsciiLetter(trimmed[0]))
        {
            choice = char.ToUpperInvariant(trimmed[0]) - 'A';
            return choice < optionCount;
        }

        return false;
    }
}
