namespace SpaceFilm.Quiz;

/// <summary>What the quiz's exit code says.</summary>
public static class QuizExitCode
{
    /// <summary>The game was played to the end (or its answers were shown, or the model was printed).</summary>
    public const int Completed = 0;

    /// <summary>The command line could not be understood.</summary>
    public const int UsageError = 2;

    /// <summary>The player quit, or the scripted answers ran out, before the last question.</summary>
    public const int NotCompleted = 3;
}
