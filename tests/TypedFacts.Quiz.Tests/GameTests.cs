using CsCheck;

namespace TypedFacts.Quiz.Tests;

/// <summary>A game is a function of its seed: the same seed replays it, another seed gives another game.</summary>
public class GameTests
{
    private static readonly Gen<QuizRounds> s_rounds = Gen.Int[1, (int)QuizRounds.All].Select(i => (QuizRounds)i);

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void The_same_seed_gives_the_same_game_even_on_another_engine(string model)
    {
        Gen.Select(Gen.Int, Gen.Int[0, 40], s_rounds).Sample(t =>
        {
            var (seed, count, rounds) = t;
            var first = Models.Engine(model).CreateGame(seed, count, rounds);
            var second = Models.Engine(model).CreateGame(seed, count, rounds);
            Describe(second).ShouldBe(Describe(first));
        }, iter: 40);
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void Different_seeds_give_different_games(string model)
    {
        var engine = Models.Engine(model);
        var games = Enumerable.Range(0, 30).Select(seed => string.Join("\n", Describe(engine.CreateGame(seed, 10)))).ToList();
        games.Distinct().Count().ShouldBe(games.Count);

        // Not just another order: another selection.
        var selections = Enumerable.Range(0, 30).Select(seed => string.Join(",", engine.CreateGame(seed, 10).Select(q => q.Key).Order())).ToList();
        selections.Distinct().Count().ShouldBeGreaterThan(25);
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void A_game_has_the_count_asked_for_while_the_rounds_have_questions(string model)
    {
        var engine = Models.Engine(model);
        Gen.Select(Gen.Int, Gen.Int[0, 60], s_rounds).Sample(t =>
        {
            var (seed, count, rounds) = t;
            var available = engine.AllQuestions(rounds);
            var facts = available.Select(q => FactOf(engine, q)).Distinct().Count();
            var game = engine.CreateGame(seed, count, rounds);
            game.Count.ShouldBe(Math.Min(count, facts));
            game.Select(q => q.Key).Distinct().Count().ShouldBe(game.Count);
            game.Select(q => FactOf(engine, q)).Distinct().Count().ShouldBe(game.Count, "two questions about one fact would give each other away");
            game.ShouldAllBe(q => (q.Round & rounds) == q.Round);
        }, iter: 40);
    }

    [Fact]
    public void A_game_of_many_questions_takes_every_fact_once()
    {
        var engine = Models.Engine(Models.SpaceFilm);
        var facts = engine.AllQuestions().Select(q => FactOf(engine, q)).Distinct().Count();
        engine.CreateGame(7, 100_000).Count.ShouldBe(facts);
    }

    [Fact]
    public void A_game_never_asks_who_said_words_after_a_claim_on_them_names_the_speaker()
    {
        var engine = Models.Engine(Models.SpaceFilm);
        for (var seed = 0; seed < 50; seed++)
        {
            var quotations = engine.CreateGame(seed, int.MaxValue).Where(q => q.Subject?.Kind == SpaceFilm.Quotation.Descriptor).ToList();
            quotations.Select(q => q.Subject!.Id).Distinct().Count().ShouldBe(quotations.Count);
        }
    }

    [Fact]
    public void A_small_game_mixes_the_rounds()
    {
        var engine = Models.Engine(Models.SpaceFilm);
        for (var seed = 0; seed < 20; seed++)
        {
            engine.CreateGame(seed, 5).Select(q => q.Round).Distinct().Count().ShouldBe(5);
        }
    }

    [Fact]
    public void A_game_is_drawn_from_the_questions_the_model_supports()
    {
        var engine = Models.Engine(Models.SpaceFilm);
        var keys = engine.AllQuestions().Select(q => q.Key).ToHashSet();
        engine.CreateGame(123, 30).ShouldAllBe(q => keys.Contains(q.Key));
    }

    [Fact]
    public void All_questions_are_in_a_fixed_order()
    {
        Describe(Models.Engine(Models.SpaceFilm).AllQuestions()).ShouldBe(Describe(Models.Engine(Models.SpaceFilm).AllQuestions()));
    }

    [Fact]
    public void No_rounds_or_no_questions_make_an_empty_game()
    {
        var engine = Models.Engine(Models.SpaceFilm);
        engine.CreateGame(1, 10, QuizRounds.None).ShouldBeEmpty();
        engine.CreateGame(1, 0).ShouldBeEmpty();
        engine.AllQuestions(QuizRounds.None).ShouldBeEmpty();
    }

    [Fact]
    public void A_negative_count_is_an_error()
        => Should.Throw<ArgumentOutOfRangeException>(() => Models.Engine(Models.SpaceFilm).CreateGame(1, -1));

    [Fact]
    public void The_options_order_depends_on_the_seed()
    {
        var engine = Models.Engine(Models.SpaceFilm);
        var orders = Enumerable.Range(0, 20)
            .Select(seed => engine.CreateGame(seed, 1000, QuizRounds.Numbers).Single(q => q.Key == "field:Person.YuliaPeresild.age"))
            .Select(q => string.Join("|", q.Options))
            .Distinct()
            .Count();
        orders.ShouldBeGreaterThan(5);
    }

    /// <summary>A constant, a field of an entry, or a quotation as a whole (a claim on its words names its speaker).</summary>
    private static string FactOf(QuizEngine engine, QuizQuestion q)
    {
        if (q.Constant is { } constant)
        {
            return constant.Name;
        }

        var entry = q.Subject!.Kind.Name + "." + q.Subject.Id;
        var isQuotation = q.Subject.Kind.Fields.Any(field => engine.RoundOf(field) == QuizRounds.Quotes);
        return isQuotation ? entry : entry + "." + q.Field!.YamlName;
    }

    private static List<string> Describe(IEnumerable<QuizQuestion> game)
        => game.Select(q => $"{q.Key}|{q.Prompt}|{string.Join("/", q.Options)}|{q.AnswerIndex}").ToList();
}
