namespace TypedFacts.Quiz.Tests;

/// <summary>The engine's generator is SplitMix64, so a seed replays the same game on any framework.</summary>
public class QuizRandomTests
{
    [Fact]
    public void It_follows_the_SplitMix64_reference_sequence()
    {
        // Vigna's splitmix64.c from state 1234567.
        var random = QuizRandom.FromState(1234567);
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        expected.Select(_ => random.NextUInt64()).ToArray().ShouldBe(expected);
    }

    [Fact]
    public void Next_stays_in_bounds_and_reaches_every_value()
    {
        var random = QuizRandom.For(5, "key");
        var seen = new HashSet<int>();
        for (var i = 0; i < 1000; i++)
        {
            var value = random.Next(7);
            value.ShouldBeInRange(0, 6);
            seen.Add(value);
        }

        seen.Count.ShouldBe(7);
    }

    [Fact]
    public void A_game_of_the_fixture_model_is_pinned()
    {
        // Any change to the generator, the order of questions or the way options are drawn shows here.
        var game = Models.Engine(Models.Expedition).CreateGame(2024, 4);
        game.Select(q => q.Key + " " + q.AnswerIndex).ShouldBe(PinnedGame);
    }

    private static readonly string[] PinnedGame = ["constant:FurthestNorth 2", "quote:Remark.HartSoup.author 3", "field:Explorer.CoraLind.rank 3", "field:Ship.Kestrel.launched 2"];
}
