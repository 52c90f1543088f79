namespace TypedFacts.Quiz.Tests;

/// <summary>How questions are worded: the SpaceFilm table, the generic templates and their fallbacks.</summary>
public class PhrasingTests
{
    [Fact]
    public void The_SpaceFilm_phrasing_names_only_what_the_model_has()
        => global::SpaceFilm.SpaceFilmPhrasing.Create().Validate(SpaceFilm.Facts.Model).ShouldBeEmpty();

    [Fact]
    public void Validate_reports_entries_that_name_nothing()
    {
        var phrasing = new QuizPhrasing()
            .Ask("Person", "agee", "How old?")
            .Ask("Persons", "age", "How old?")
            .AskConstant("NoSuchConstant", "?")
            .DisplayBy("Event", "headline");
        phrasing.Validate(SpaceFilm.Facts.Model).Count.ShouldBe(4);
    }

    [Fact]
    public void A_table_entry_words_the_question()
    {
        var question = Models.Engine(Models.SpaceFilm).AllQuestions(QuizRounds.Numbers).Single(q => q.Key == "field:Person.YuliaPeresild.age");
        question.Prompt.ShouldBe("How old was Yulia Peresild on the day the film crew landed?");
    }

    [Fact]
    public void Without_one_the_generic_prompt_uses_the_label_and_the_description()
    {
        var question = Models.Engine(Models.SpaceFilmGeneric).AllQuestions(QuizRounds.Numbers).Single(q => q.Key == "field:Person.YuliaPeresild.age");
        question.Prompt.ShouldBe("What is the age of Yulia Peresild? (Age in years on the landing day, where an article states it)");
    }

    [Fact]
    public void A_template_whose_placeholder_has_no_value_falls_back_to_the_generic_prompt()
    {
        // Event.place is unset on most events, so "{.place}" cannot be filled there.
        var phrasing = new QuizPhrasing().Ask(SpaceFilm.Event.Fields.Date, "When did it happen at {.place}?");
        var questions = new QuizEngine(SpaceFilm.Facts.Model, phrasing).AllQuestions(QuizRounds.Dates).Where(q => q.Field == SpaceFilm.Event.Fields.Date).ToList();
        questions.ShouldContain(q => q.Prompt == "When did it happen at Baikonur Cosmodrome?");
        questions.ShouldContain(q => q.Prompt.StartsWith("What is the date of ", StringComparison.Ordinal));
    }

    [Fact]
    public void Entries_are_named_by_their_display_field()
    {
        var engine = Models.Engine(Models.SpaceFilm);
        engine.NameOf(SpaceFilm.Person.YuliaPeresild).ShouldBe("Yulia Peresild");
        engine.NameOf(SpaceFilm.Film.TheChallenge).ShouldBe("The Challenge");
        engine.NameOf(SpaceFilm.Event.SoyuzMs18Landing).ShouldBe("Yulia Peresild and Klim Shipenko landed as planned in Kazakhstan's steppe");
        Models.Engine(Models.SpaceFilmGeneric).NameOf(SpaceFilm.Event.SoyuzMs18Landing).ShouldBe("Soyuz Ms 18 Landing");
        Models.Engine(Models.SpaceFilmGeneric).NameOf(SpaceFilm.Film.TomCruiseSpaceFilm).ShouldBe("Tom Cruise Space Film");
    }

    [Fact]
    public void Skipped_fields_are_not_asked()
    {
        var phrasing = global::SpaceFilm.SpaceFilmPhrasing.Create().Skip(SpaceFilm.Person.Fields.Description).Skip(SpaceFilm.Person.Fields.Name);
        var questions = new QuizEngine(SpaceFilm.Facts.Model, phrasing).AllQuestions();
        questions.ShouldNotContain(q => q.Field == SpaceFilm.Person.Fields.Description);
        questions.ShouldNotContain(q => q.Field == SpaceFilm.Person.Fields.Name);
    }

    [Fact]
    public void Sources_are_labelled_by_the_phrasing()
    {
        var phrasing = new QuizPhrasing { SourceLabel = source => source.Id };
        var question = new QuizEngine(SpaceFilm.Facts.Model, phrasing).AllQuestions(QuizRounds.Claims).First();
        question.Options.ShouldAllBe(option => option.StartsWith("Article", StringComparison.Ordinal));
    }

    [Fact]
    public void A_claim_on_a_name_does_not_repeat_the_name()
    {
        var question = Models.Engine(Models.Expedition).AllQuestions(QuizRounds.Claims).Single(q => q.Key == "claim:Explorer.EliHart.name");
        question.Prompt.ShouldBe("The name is given as \u201CEli Hart\u201D. Which source gives a different one?");
        question.Explanation.ShouldNotBeNull().ShouldContain("Eli Heart");
    }

    [Fact]
    public void A_quotation_can_be_declared_whatever_its_fields_are_called()
    {
        // SpaceFilm's Milestone is no quotation; declaring one makes "achievement" the words and "person" the speaker.
        var phrasing = new QuizPhrasing().Quotes(SpaceFilm.Milestone.Fields.Achievement, SpaceFilm.Milestone.Fields.Person);
        var quotes = new QuizEngine(SpaceFilm.Facts.Model, phrasing).AllQuestions(QuizRounds.Quotes);
        quotes.ShouldContain(q => q.Key == "quote:Milestone.FirstManInSpace.person" && q.Answer == "Yuri Gagarin");
    }
}
