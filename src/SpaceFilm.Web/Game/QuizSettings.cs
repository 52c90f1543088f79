namespace SpaceFilm.Web.Game;

/// <summary>
/// What a game is made of, read from the address: <c>?seed=N</c> replays a game exactly,
/// <c>count=N</c> sets its length and <c>rounds=people,numbers,dates,quotes,claims</c> its kinds of question.
/// </summary>
public sealed record QuizSettings(int? Seed, int Count, QuizRounds Rounds)
{
    public const int DefaultCount = 10;

    public const int MaxCount = 50;

    public static QuizSettings FromUri(string uri)
    {
        int? seed = null;
        var count = DefaultCount;
        var rounds = QuizRounds.All;
        var query = new Uri(uri).Query.TrimStart('?');
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            switch (key.ToLowerInvariant())
            {
                case "seed" when int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    break;
                case "count" when int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var c):
                    count = Math.Clamp(c, 1, MaxCount);
                    break;
                case "rounds":
                    rounds = ParseRounds(value) is var r and not QuizRounds.None ? r : QuizRounds.All;
                    break;
            }
        }

        return new QuizSettings(seed, count, rounds);
    }

    /// <summary>A comma-separated list of round names, as the terminal quiz's <c>--rounds</c> takes them.</summary>
    public static QuizRounds ParseRounds(string text)
    {
        var rounds = QuizRounds.None;
        foreach (var name in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            rounds |= name.ToLowerInvariant() switch
            {
                "people" => QuizRounds.People,
                "numbers" => QuizRounds.Numbers,
                "dates" => QuizRounds.Dates,
                "quotes" => QuizRounds.Quotes,
                "claims" => QuizRounds.Claims,
                "all" => QuizRounds.All,
                _ => QuizRounds.None,
            };
        }

        return rounds;
    }

    /// <summary>The heading of a round, for people.</summary>
    public static string RoundName(QuizRounds round) => round switch
    {
        QuizRounds.People => "People",
        QuizRounds.Numbers => "Numbers",
        QuizRounds.Dates => "Dates",
        QuizRounds.Quotes => "Who said it?",
        QuizRounds.Claims => "Which source got it wrong?",
        _ => "Question",
    };
}
