namespace TypedFacts.Quiz.Tests;

/// <summary>The wrong options: distinct, of the type asked for, plausibly near for numbers and dates.</summary>
public class DistractorTests
{
    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void Every_question_has_three_or_four_options_distinct_as_displayed(string model)
    {
        foreach (var question in Models.Questions(model).Questions)
        {
            question.Options.Count.ShouldBeInRange(3, 4, question.Key);
            question.Options.Select(Displayed).Distinct().Count().ShouldBe(question.Options.Count, question.Key);
            question.Options.ShouldAllBe(option => option.Trim().Length > 0);
        }
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void Every_option_is_of_the_type_asked_for(string model)
    {
        var (_, questions, oracle) = Models.Questions(model);
        foreach (var question in questions)
        {
            foreach (var option in question.Options)
            {
                oracle.HasRightType(question, option).ShouldBeTrue($"{question.Key}: \u201C{option}\u201D");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void A_reference_is_answered_from_the_entries_of_the_referenced_kind(string model)
    {
        var (_, questions, oracle) = Models.Questions(model);
        var references = questions.Where(q => q.Field is { Type.Category: FactTypeCategory.Entity } && q.Round != QuizRounds.Claims).ToList();
        references.ShouldNotBeEmpty();
        foreach (var question in references)
        {
            foreach (var option in question.Options)
            {
                question.Field!.Type.Kind!.Entries.Count(entry => oracle.NamesEntry(option, entry)).ShouldBeGreaterThan(0, $"{question.Key}: {option}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void Numbers_are_near_the_answer(string model)
    {
        foreach (var question in Models.Questions(model).Questions.Where(q => q.Round == QuizRounds.Numbers && !q.Answer.Contains(' ')))
        {
            var answer = decimal.Parse(question.Answer, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var option in question.Options)
            {
                var value = decimal.Parse(option, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
                // Within five steps (1 below 100, half the order of magnitude above, 2% for decimals), or another value of the field.
                var reach = Math.Max(5, Math.Abs(answer) * 2.5m);
                var isFieldValue = question.Field is { } field && field.Owner.Entries.Any(e => Convert.ToDecimal(field.GetValue(e) ?? decimal.MinValue, System.Globalization.CultureInfo.InvariantCulture) == value);
                (Math.Abs(value - answer) <= reach || isFieldValue).ShouldBeTrue($"{question.Key}: {option} for {question.Answer}");
            }
        }
    }

    [Fact]
    public void Dates_keep_the_precision_of_the_answer()
    {
        var questions = Models.Questions(Models.SpaceFilm).Questions.Where(q => q.Round == QuizRounds.Dates).ToList();
        questions.ShouldNotBeEmpty();
        foreach (var question in questions)
        {
            question.Options.Select(o => o.Count(c => c == ' ')).Distinct().Count().ShouldBe(1, question.Key);
        }
    }

    [Fact]
    public void A_string_field_offers_only_the_fields_other_values()
    {
        var question = Models.Questions(Models.Expedition).Questions.Single(q => q.Key == "field:Explorer.AdaVoss.hometown");
        var hometowns = Fixtures.Expedition.Explorer.All.Select(e => e.Hometown).ToList();
        question.Options.ShouldAllBe(option => hometowns.Contains(option));
        question.Answer.ShouldBe("Bergen");
    }

    private static string Displayed(string option) => string.Join(' ', option.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
