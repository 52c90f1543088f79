namespace SpaceFilm.Web.Game;

/// <summary>
/// A game in play in the page: the engine's <see cref="QuizSession"/> (the answers, the score, the streaks) plus where
/// the page is, since the page shows an answered question until the player goes on. No UI in here, so that the rules
/// are the same for the mouse, the keyboard and the tests.
/// </summary>
public sealed class QuizGame
{
    private readonly QuizSession _session;

    /// <summary>Starts a game.</summary>
    /// <param name="seed">The seed the questions were drawn with.</param>
    /// <param name="questions">The questions, in order.</param>
    public QuizGame(int seed, IReadOnlyList<QuizQuestion> questions) => _session = new QuizSession(seed, questions);

    /// <summary>The seed of the game.</summary>
    public int Seed => _session.Seed;

    /// <summary>The questions, in order.</summary>
    public IReadOnlyList<QuizQuestion> Questions => _session.Questions;

    /// <summary>The answers given so far.</summary>
    public IReadOnlyList<QuizAnswer> Answers => _session.Answers;

    /// <summary>How many answers were right.</summary>
    public int Score => _session.Score;

    /// <summary>The current run of right answers.</summary>
    public int Streak => _session.Streak;

    /// <summary>The longest run of right answers.</summary>
    public int BestStreak => _session.BestStreak;

    /// <summary>The index of the question being shown (or last shown, once the game is over).</summary>
    public int Index { get; private set; }

    /// <summary>The question being shown.</summary>
    public QuizQuestion? Current => Index < Questions.Count ? Questions[Index] : null;

    /// <summary>The answer given to the question being shown, once it is answered.</summary>
    public QuizAnswer? CurrentAnswer => Answers.Count > Index ? Answers[Index] : null;

    /// <summary>Whether the question being shown is answered.</summary>
    public bool IsAnswered => CurrentAnswer is not null;

    /// <summary>Whether the results are shown.</summary>
    public bool IsOver { get; private set; }

    /// <summary>Whether the question being shown is the last.</summary>
    public bool IsLast => Index == Questions.Count - 1;

    /// <summary>Answers the question being shown; ignored when it is answered already or has no such option.</summary>
    /// <param name="option">The option chosen (zero-based).</param>
    /// <returns>Whether the answer was taken.</returns>
    public bool Choose(int option)
    {
        if (IsOver || Current is not { } question || IsAnswered || option < 0 || option >= question.Options.Count)
        {
            return false;
        }

        _session.Answer(option);
        return true;
    }

    /// <summary>Goes on to the next question, or to the results after the last; ignored until the question is answered.</summary>
    /// <returns>Whether the page moved on.</returns>
    public bool Next()
    {
        if (IsOver || !IsAnswered)
        {
            return false;
        }

        if (IsLast)
        {
            IsOver = true;
        }
        else
        {
            Index++;
        }

        return true;
    }
}
