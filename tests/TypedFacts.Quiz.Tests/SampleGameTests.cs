using Xunit.Abstractions;

namespace TypedFacts.Quiz.Tests;

/// <summary>Prints a SpaceFilm game (run with <c>--logger "console;verbosity=detailed"</c> to read it).</summary>
public class SampleGameTests(ITestOutputHelper output)
{
    [Fact]
    public void A_SpaceFilm_game_of_five_questions()
    {
        var game = Models.Engine(Models.SpaceFilm).CreateGame(seed: 2021, count: 5);
        game.Count.ShouldBe(5);
        foreach (var question in game)
        {
            output.WriteLine($"[{question.Round}] {question.Prompt}");
            for (var i = 0; i < question.Options.Count; i++)
            {
                output.WriteLine($"  {QuizQuestion.LabelOf(i)}. {question.Options[i]}{(question.IsCorrect(i) ? "   <- answer" : string.Empty)}");
            }

            output.WriteLine($"  Explanation: {question.Explanation}");
            foreach (var item in question.Evidence.Take(2))
            {
                output.WriteLine($"  Evidence: {item}");
            }

            output.WriteLine(string.Empty);
        }
    }
}
