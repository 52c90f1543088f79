namespace SpaceFilm.Quiz;

/// <summary>How a quiz went.</summary>
/// <param name="Score">How many answers were right.</param>
/// <param name="Answered">How many questions were answered.</param>
/// <param name="Total">How many questions the quiz had.</param>
/// <param name="EndedEarly">Whether the player quit, or the input ended, before the last question.</param>
public sealed record QuizResult(int Score, int Answered, int Total, bool EndedEarly);
