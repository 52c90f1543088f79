namespace SpaceFilm.Quiz;

/// <summary>
/// Without a terminal nobody can answer: the game's questions are printed with their options, answers and evidence,
/// as plain text, for scripts and CI.
/// </summary>
public static class AnswerKey
{
    /// <summary>Writes the answer key of a game.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="engine">The engine, for the sources' labels.</param>
    /// <param name="game">The game.</param>
    public static void Write(TextWriter output, QuizEngine engine, QuizSession game)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(game);
        output.WriteLine(TerminalQuiz.Title);
        output.WriteLine($"There is no terminal to answer at, so every question is shown with its answer (seed {game.Seed}; play it with --seed {game.Seed}, or script it with --answers).");
        for (var i = 0; i < game.Questions.Count; i++)
        {
            var question = game.Questions[i];
            output.WriteLine();
            output.WriteLine($"Question {i + 1} of {game.Questions.Count} ({question.Round}): {question.Prompt}");
            for (var o = 0; o < question.Options.Count; o++)
            {
                output.WriteLine($"   {QuizQuestion.LabelOf(o)}) {question.Options[o]}");
            }

            output.WriteLine($"   Answer: {QuizQuestion.LabelOf(question.AnswerIndex)}) {question.Answer}");
            if (question.Explanation is { Length: > 0 } explanation)
            {
                output.WriteLine($"   {explanation}");
            }

            foreach (var evidence in question.Evidence)
            {
                output.WriteLine($"   Evidence, {engine.LabelOf(evidence.Source)}{(evidence.IsClaim ? " (a different claim)" : string.Empty)}: \u201C{evidence.Quote}\u201D");
            }
        }

        output.WriteLine();
        output.WriteLine($"{game.Questions.Count} questions shown with their answers.");
    }
}
