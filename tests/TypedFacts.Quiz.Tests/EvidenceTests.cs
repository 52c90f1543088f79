namespace TypedFacts.Quiz.Tests;

/// <summary>The evidence shown after an answer cites the field asked.</summary>
public class EvidenceTests
{
    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void A_field_or_quote_question_shows_the_evidence_for_that_field(string model)
    {
        foreach (var question in Models.Questions(model).Questions.Where(q => q.Round != QuizRounds.Claims && q.Subject is not null))
        {
            question.Evidence.ShouldBe(question.Subject!.EvidenceFor(question.Field!), question.Key);
            question.Evidence.ShouldAllBe(item => item.Fields.Contains(question.Field!.YamlName) && !item.IsClaim);
        }
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void A_claim_question_shows_the_claim_first_then_the_evidence_of_the_adopted_value(string model)
    {
        foreach (var question in Models.Questions(model).Questions.Where(q => q.Round == QuizRounds.Claims))
        {
            question.Evidence.ShouldNotBeEmpty(question.Key);
            question.Evidence[0].IsClaim.ShouldBeTrue(question.Key);
            question.Evidence[0].Source.ShouldBe(question.AnswerSource);
            if (question.Field is { } field)
            {
                question.Evidence.ShouldAllBe(item => item.Fields.Contains(field.YamlName));
                question.Evidence.Where(item => !item.IsClaim).ShouldBe(question.Subject!.EvidenceFor(field));
            }
            else
            {
                question.Evidence.ShouldAllBe(item => item.Fields.Count == 0);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Models.All), MemberType = typeof(Models))]
    public void A_constant_question_shows_the_constants_evidence(string model)
    {
        foreach (var question in Models.Questions(model).Questions.Where(q => q.Round != QuizRounds.Claims && q.Constant is not null))
        {
            question.Evidence.ShouldBe(question.Constant!.Evidence.Where(item => !item.IsClaim), question.Key);
        }
    }

    [Fact]
    public void On_SpaceFilm_every_field_question_has_evidence_because_every_field_value_is_cited()
    {
        // SpaceFilm.Facts builds with TypedFactsRequireEvidence=fields.
        foreach (var question in Models.Questions(Models.SpaceFilm).Questions)
        {
            question.Evidence.ShouldNotBeEmpty(question.Key);
        }
    }
}
