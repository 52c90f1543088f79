using CsCheck;

namespace TypedFacts.Quiz.Tests;

/// <summary>Every generated question has exactly one right answer, and the model supports it.</summary>
public class RightAnswerTests
{
    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void Every_question_has_exactly_one_right_option_and_it_is_the_answer(string model)
    {
        var (_, questions, oracle) = Models.Questions(model);
        questions.ShouldNotBeEmpty();
        foreach (var question in questions)
        {
            ShouldHaveOneRightOption(question, oracle);
        }
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void Every_question_of_every_game_has_exactly_one_right_option(string model)
    {
        // Options are drawn anew for each seed: a second right answer must not turn up for any of them.
        var engine = Models.Engine(model);
        var oracle = new ModelOracle(engine.Model, engine.Phrasing);
        Gen.Int.Sample(seed =>
        {
            foreach (var question in engine.CreateGame(seed, int.MaxValue))
            {
                ShouldHaveOneRightOption(question, oracle);
                question.Options.ShouldAllBe(option => oracle.HasRightType(question, option));
            }
        }, iter: 30);
    }

    private static void ShouldHaveOneRightOption(QuizQuestion question, ModelOracle oracle)
    {
        var right = Enumerable.Range(0, question.Options.Count).Where(i => oracle.IsRight(question, question.Options[i])).ToList();
        right.ShouldBe([question.AnswerIndex], $"{question.Key}: {question.Prompt} [{string.Join(" | ", question.Options)}]");
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void The_answer_is_the_option_at_the_answer_index(string model)
    {
        foreach (var question in Models.Questions(model).Questions)
        {
            question.AnswerIndex.ShouldBeInRange(0, question.Options.Count - 1);
            question.Answer.ShouldBe(question.Options[question.AnswerIndex]);
            question.IsCorrect(question.AnswerIndex).ShouldBeTrue();
            Enumerable.Range(0, question.Options.Count).Count(question.IsCorrect).ShouldBe(1);
        }
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void A_field_question_answers_with_a_value_of_the_field_on_its_subject(string model)
    {
        var (_, questions, oracle) = Models.Questions(model);
        foreach (var question in questions.Where(q => q.Round is not QuizRounds.Claims and not QuizRounds.Quotes && q.Subject is not null))
        {
            var value = question.Field!.GetValue(question.Subject!);
            var members = value is System.Collections.IEnumerable items and not string ? items.Cast<object>().ToList() : [value!];
            members.Any(m => oracle.Means(question.Answer, m, question.Field.Type)).ShouldBeTrue(question.Key);
        }
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void A_quote_question_answers_with_the_speaker_of_the_quotation(string model)
    {
        var (_, questions, oracle) = Models.Questions(model);
        foreach (var question in questions.Where(q => q.Round == QuizRounds.Quotes))
        {
            var speaker = question.Field!.GetValue(question.Subject!).ShouldBeAssignableTo<IFact>()!;
            oracle.NamesEntry(question.Answer, speaker).ShouldBeTrue(question.Key);
        }
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void A_claim_question_answers_with_a_source_that_gives_a_value_not_adopted(string model)
    {
        var (_, questions, oracle) = Models.Questions(model);
        var claims = questions.Where(q => q.Round == QuizRounds.Claims).ToList();
        claims.ShouldNotBeEmpty();
        foreach (var question in claims)
        {
            question.AnswerSource.ShouldNotBeNull();
            oracle.DissentingSources(question).ShouldContain(question.AnswerSource!);
            oracle.NamesSource(question.Answer, question.AnswerSource!).ShouldBeTrue(question.Key);
        }
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void No_prompt_names_its_answer(string model)
    {
        foreach (var question in Models.Questions(model).Questions)
        {
            var words = System.Text.RegularExpressions.Regex.Escape(question.Answer);
            System.Text.RegularExpressions.Regex.IsMatch(question.Prompt, $@"(?<![\p{{L}}\p{{N}}]){words}(?![\p{{L}}\p{{N}}])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
                .ShouldBeFalse($"{question.Key}: {question.Prompt} -> {question.Answer}");
        }
    }

    [Fact]
    public void A_list_question_asks_for_a_member_its_prompt_does_not_name()
    {
        // "Who took part? Yulia Peresild and Klim Shipenko landed as planned…": only Oleg Novitsky is left to ask for.
        var engine = Models.Engine(Models.SpaceFilm);
        for (var seed = 0; seed < 20; seed++)
        {
            engine.CreateGame(seed, int.MaxValue, QuizRounds.People).Single(q => q.Key == "field:Event.SoyuzMs18Landing.people").Answer.ShouldBe("Oleg Novitsky");
        }
    }

    [Fact]
    public void A_value_a_source_gives_instead_is_never_offered_for_the_field()
    {
        // Fixture: Ada Voss is 39; the Gazette says 40.
        var engine = Models.Engine(Models.Expedition);
        for (var seed = 0; seed < 50; seed++)
        {
            var age = engine.CreateGame(seed, 1000, QuizRounds.Numbers).Single(q => q.Key == "field:Explorer.AdaVoss.age");
            age.Answer.ShouldBe("39");
            age.Options.ShouldNotContain("40");
        }
    }

    [Fact]
    public void Who_said_this_never_offers_someone_a_source_credits_with_the_words()
    {
        // Fixture: the Memoir gives "the ice does not forgive" to Ada Voss; the Gazette to Ben Okafor.
        var engine = Models.Engine(Models.Expedition);
        for (var seed = 0; seed < 50; seed++)
        {
            var quote = engine.CreateGame(seed, 1000, QuizRounds.Quotes).Single(q => q.Key == "quote:Remark.VossIce.author");
            quote.Answer.ShouldBe("Ada Voss");
            quote.Options.ShouldNotContain("Ben Okafor");
        }
    }

    [Fact]
    public void Which_source_got_it_wrong_never_offers_a_second_dissenting_source()
    {
        // SpaceFilm: Article001 and Article002 both give another landing time than the adopted 04:36.
        var engine = Models.Engine(Models.SpaceFilm);
        var a1 = SpaceFilm.Facts.Sources.Article001;
        var a2 = SpaceFilm.Facts.Sources.Article002;
        for (var seed = 0; seed < 50; seed++)
        {
            var claim = engine.CreateGame(seed, 1000, QuizRounds.Claims).Single(q => q.Key == "claim:Event.SoyuzMs18Landing.at");
            claim.AnswerSource.ShouldBe(a1);
            claim.Options.ShouldNotContain(engine.LabelOf(a2));
            claim.Prompt.ShouldContain("17 October 2021, 04:36 UTC");
        }
    }
}
