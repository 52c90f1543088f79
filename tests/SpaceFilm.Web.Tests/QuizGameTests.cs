using SpaceFilm.Web.Game;

namespace SpaceFilm.Web.Tests;

/// <summary>The web quiz's rules and its address (no browser needed).</summary>
public sealed class QuizGameTests
{
    private static readonly QuizEngine Engine = new(SpaceFilm.Facts.Model, SpaceFilm.SpaceFilmPhrasing.Create());

    [Fact]
    public void Score_streak_and_the_end_of_a_game()
    {
        var questions = Engine.CreateGame(7, 4);
        questions.Count.ShouldBe(4);
        var game = new QuizGame(7, questions);

        game.Next().ShouldBeFalse("an unanswered question cannot be skipped");
        game.Choose(questions[0].AnswerIndex).ShouldBeTrue();
        game.Choose((questions[0].AnswerIndex + 1) % questions[0].Options.Count).ShouldBeFalse("a question is answered once");
        (game.Score, game.Streak, game.BestStreak).ShouldBe((1, 1, 1));

        game.Next().ShouldBeTrue();
        game.Choose(questions[1].AnswerIndex).ShouldBeTrue();
        (game.Score, game.Streak, game.BestStreak).ShouldBe((2, 2, 2));

        game.Next().ShouldBeTrue();
        game.Choose(-1).ShouldBeFalse();
        game.Choose(questions[2].Options.Count).ShouldBeFalse();
        game.Choose((questions[2].AnswerIndex + 1) % questions[2].Options.Count).ShouldBeTrue();
        (game.Score, game.Streak, game.BestStreak).ShouldBe((2, 0, 2));
        game.CurrentAnswer!.IsRight.ShouldBeFalse();

        game.Next().ShouldBeTrue();
        game.IsLast.ShouldBeTrue();
        game.Choose(questions[3].AnswerIndex).ShouldBeTrue();
        game.IsOver.ShouldBeFalse();
        game.Next().ShouldBeTrue();
        game.IsOver.ShouldBeTrue();
        game.Next().ShouldBeFalse();
        game.Answers.Select(a => a.IsRight).ShouldBe([true, true, false, true]);
        (game.Score, game.Streak, game.BestStreak).ShouldBe((3, 1, 2));
    }

    [Fact]
    public void The_address_gives_the_seed_the_length_and_the_rounds()
    {
        QuizSettings.FromUri("http://localhost:5178/").ShouldBe(new QuizSettings(null, 10, QuizRounds.All));
        QuizSettings.FromUri("http://localhost:5178/?seed=42").ShouldBe(new QuizSettings(42, 10, QuizRounds.All));
        QuizSettings.FromUri("http://localhost/?seed=-3&count=5&rounds=people,dates").ShouldBe(new QuizSettings(-3, 5, QuizRounds.People | QuizRounds.Dates));
        QuizSettings.FromUri("http://localhost/?seed=x&count=1000&rounds=nothing").ShouldBe(new QuizSettings(null, QuizSettings.MaxCount, QuizRounds.All));
        QuizSettings.FromUri("http://localhost/?rounds=quotes%2Cclaims&count=0").ShouldBe(new QuizSettings(null, 1, QuizRounds.Quotes | QuizRounds.Claims));
    }

    [Fact]
    public void A_seed_replays_the_same_game()
    {
        var first = Engine.CreateGame(42, 10).Select(q => (q.Prompt, string.Join("|", q.Options), q.AnswerIndex)).ToList();
        var again = new QuizEngine(SpaceFilm.Facts.Model, SpaceFilm.SpaceFilmPhrasing.Create()).CreateGame(42, 10).Select(q => (q.Prompt, string.Join("|", q.Options), q.AnswerIndex)).ToList();
        again.ShouldBe(first);
        Engine.CreateGame(43, 10).Select(q => q.Prompt).ShouldNotBe(first.Select(q => q.Prompt));
    }
}
