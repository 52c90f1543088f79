using SpaceFilm.Quiz;

namespace SpaceFilm.Quiz.Tests;

public class QuizRunnerTests
{
    private static readonly IReadOnlyList<QuizQuestion> Questions = QuizQuestionBank.Create();

    [Fact]
    public void Every_right_letter_scores_full_marks()
    {
        var result = Play(Questions.Select(q => QuizQuestion.LabelOf(q.CorrectIndex)), out var output);

        result.ShouldBe(new QuizResult(Questions.Count, Questions.Count, Questions.Count, EndedEarly: false));
        output.ShouldContain($"Score: {Questions.Count}/{Questions.Count}");
        TextCount.Of(output, "Right!").ShouldBe(Questions.Count);
    }

    [Fact]
    public void Every_right_number_in_lower_or_upper_case_scores_full_marks()
    {
        var answers = Questions.Select((q, i) => i % 2 == 0
            ? (q.CorrectIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : " " + QuizQuestion.LabelOf(q.CorrectIndex).ToLowerInvariant() + " ");

        Play(answers, out _).Score.ShouldBe(Questions.Count);
    }

    [Fact]
    public void Every_wrong_answer_scores_nothing_and_shows_the_right_one()
    {
        var result = Play(Questions.Select(q => QuizQuestion.LabelOf((q.CorrectIndex + 1) % q.Options.Count)), out var output);

        result.Score.ShouldBe(0);
        result.Answered.ShouldBe(Questions.Count);
        output.ShouldContain($"Score: 0/{Questions.Count}");
        foreach (var question in Questions)
        {
            output.ShouldContain($"The answer is {QuizQuestion.LabelOf(question.CorrectIndex)}) {question.CorrectOption}.");
        }
    }

    [Fact]
    public void Some_wrong_answers_lower_the_score_by_as_many()
    {
        var wrong = new HashSet<int> { 0, 3, 4 };
        var answers = Questions.Select((q, i) => QuizQuestion.LabelOf(wrong.Contains(i) ? (q.CorrectIndex + 1) % q.Options.Count : q.CorrectIndex));

        var result = Play(answers, out var output);

        result.Score.ShouldBe(Questions.Count - wrong.Count);
        output.ShouldContain($"Score: {Questions.Count - wrong.Count}/{Questions.Count}");
        TextCount.Of(output, "Wrong.").ShouldBe(wrong.Count);
    }

    [Fact]
    public void End_of_input_mid_quiz_ends_the_quiz_with_the_score_so_far()
    {
        var answers = Questions.Take(3).Select(q => QuizQuestion.LabelOf(q.CorrectIndex));

        var result = Play(answers, out var output);

        result.ShouldBe(new QuizResult(3, 3, Questions.Count, EndedEarly: true));
        output.ShouldContain($"Question 4 of {Questions.Count}");
        output.ShouldNotContain($"Question 5 of {Questions.Count}");
        output.ShouldContain($"Quiz ended early. Score: 3/3 answered ({Questions.Count} questions in all).");
    }

    [Fact]
    public void Empty_input_ends_the_quiz_before_the_first_answer()
    {
        var result = Play([], out _);

        result.ShouldBe(new QuizResult(0, 0, Questions.Count, EndedEarly: true));
    }

    [Fact]
    public void Q_quits()
    {
        var result = Play([QuizQuestion.LabelOf(Questions[0].CorrectIndex), "q", "A"], out _);

        result.ShouldBe(new QuizResult(1, 1, Questions.Count, EndedEarly: true));
    }

    [Fact]
    public void An_answer_that_names_no_option_is_asked_again()
    {
        var first = Questions[0];
        var result = Play(["", "zz", "9", "0", QuizQuestion.LabelOf(first.CorrectIndex)], out var output);

        result.ShouldBe(new QuizResult(1, 1, Questions.Count, EndedEarly: true));
        TextCount.Of(output, "Please answer with a letter").ShouldBe(4);
    }

    [Fact]
    public void Each_verdict_is_followed_by_the_evidence_quotes()
    {
        Play([QuizQuestion.LabelOf(Questions[0].CorrectIndex)], out var output);

        output.ShouldContain($"Evidence for {Questions[0].FactName}:");
        foreach (var evidence in Questions[0].Evidence)
        {
            output.ShouldContain($"- {evidence.Source.Id} ({evidence.Source.Title}): \"{evidence.Quote}\"");
        }
    }

    [Theory]
    [InlineData("1", 4, 0)]
    [InlineData("4", 4, 3)]
    [InlineData("a", 4, 0)]
    [InlineData("D", 4, 3)]
    [InlineData(" c ", 3, 2)]
    [InlineData("5", 4, null)]
    [InlineData("0", 4, null)]
    [InlineData("-1", 4, null)]
    [InlineData("d", 3, null)]
    [InlineData("ab", 4, null)]
    [InlineData("", 4, null)]
    public void ParseChoice_reads_numbers_and_letters(string text, int optionCount, int? expected)
    {
        QuizRunner.ParseChoice(text, optionCount).ShouldBe(expected);
    }

    private static QuizResult Play(IEnumerable<string> lines, out string output)
    {
        using var input = new StringReader(string.Join('\n', lines));
        using var writer = new StringWriter();
        var result = new QuizRunner(input, writer).Play(Questions);
        output = writer.ToString();
        return result;
    }
}
