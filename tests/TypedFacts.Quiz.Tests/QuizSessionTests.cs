namespace TypedFacts.Quiz.Tests;

/// <summary>The state of a game being played, as the terminal and web quizzes keep it.</summary>
public sealed class QuizSessionTests
{
    private static QuizSession NewGame(int count = 5) => new(7, new QuizEngine(SpaceFilm.Facts.Model, SpaceFilm.SpaceFilmPhrasing.Create()).CreateGame(7, count));

    private static int Wrong(QuizQuestion question) => (question.AnswerIndex + 1) % question.Options.Count;

    [Fact]
    public void ScoreAndStreaksFollowTheAnswers()
    {
        var game = NewGame();

        game.Answer(game.Current!.AnswerIndex).IsRight.ShouldBeTrue();
        game.Answer(game.Current!.AnswerIndex);
        game.Answer(Wrong(game.Current!)).IsRight.ShouldBeFalse();
        game.Answer(game.Current!.AnswerIndex);

        game.Score.ShouldBe(3);
        game.Streak.ShouldBe(1);
        game.BestStreak.ShouldBe(2);
        game.IsComplete.ShouldBeFalse();
        game.Answers.Count.ShouldBe(4);
    }

    [Fact]
    public void TheGameEndsAfterTheLastQuestion()
    {
        var game = NewGame(count: 2);
        game.Answer(0);
        game.Answer(0);

        game.IsComplete.ShouldBeTrue();
        game.Current.ShouldBeNull();
        Should.Throw<InvalidOperationException>(() => game.Answer(0));
    }

    [Fact]
    public void AnOptionTheQuestionDoesNotHaveIsRefused()
    {
        var game = NewGame();

        Should.Throw<ArgumentOutOfRangeException>(() => game.Answer(game.Current!.Options.Count));
        Should.Throw<ArgumentOutOfRangeException>(() => game.Answer(-1));
        game.Answers.ShouldBeEmpty();
    }
}
