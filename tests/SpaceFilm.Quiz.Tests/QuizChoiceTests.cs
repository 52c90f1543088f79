using SpaceFilm.Quiz;

namespace SpaceFilm.Quiz.Tests;

public sealed class QuizChoiceTests
{
    [Theory]
    [InlineData("A", 4, 0)]
    [InlineData(" c ", 4, 2)]
    [InlineData("1", 4, 0)]
    [InlineData("4", 4, 3)]
    [InlineData("q", 4, QuizChoice.Quit)]
    [InlineData("Quit", 4, QuizChoice.Quit)]
    public void AChoiceIsALetterANumberOrQ(string text, int options, int expected)
    {
        QuizChoice.TryParse(text, options, out var choice).ShouldBeTrue();
        choice.ShouldBe(expected);
    }

    [Theory]
    [InlineData("E", 4)]
    [InlineData("5", 4)]
    [InlineData("0", 4)]
    [InlineData("", 4)]
    [InlineData("AB", 4)]
    [InlineData("-1", 4)]
    public void AnythingElseIsNotAChoice(string text, int options)
        => QuizChoice.TryParse(text, options, out _).ShouldBeFalse();
}
