using SpaceFilm.Quiz;

namespace SpaceFilm.Quiz.Tests;

public class AnswerFormatTests
{
    [Fact]
    public void Durations_use_the_largest_whole_unit()
    {
        AnswerFormat.Duration(TimeSpan.FromDays(12)).ShouldBe("12 days");
        AnswerFormat.Duration(TimeSpan.FromDays(1)).ShouldBe("1 day");
        AnswerFormat.Duration(TimeSpan.FromHours(2)).ShouldBe("2 hours");
        AnswerFormat.Duration(TimeSpan.FromMinutes(30)).ShouldBe("30 minutes");
        AnswerFormat.Duration(TimeSpan.FromSeconds(90)).ShouldBe("90 seconds");
    }

    [Fact]
    public void Numbers_dates_and_times_are_culture_invariant()
    {
        AnswerFormat.Number(3000).ShouldBe("3,000");
        AnswerFormat.Date(new DateOnly(2021, 10, 15)).ShouldBe("Friday 15 October 2021");
        AnswerFormat.UtcTime(new DateTimeOffset(2021, 10, 17, 7, 36, 0, TimeSpan.FromHours(3))).ShouldBe("04:36 UTC");
    }
}
