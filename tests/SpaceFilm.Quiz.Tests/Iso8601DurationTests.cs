using System.Xml;
using SpaceFilm.Quiz;

namespace SpaceFilm.Quiz.Tests;

public class Iso8601DurationTests
{
    public static TheoryData<TimeSpan, string> Durations => new()
    {
        { TimeSpan.FromDays(12), "P12D" },
        { TimeSpan.FromMinutes(30), "PT30M" },
        { TimeSpan.Zero, "PT0S" },
        { new TimeSpan(1, 2, 3, 4, 500), "P1DT2H3M4.5S" },
        { TimeSpan.FromHours(1), "PT1H" },
        { TimeSpan.FromTicks(1), "PT0.0000001S" },
        { -TimeSpan.FromMinutes(90), "-PT1H30M" },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void Formats_iso_8601(TimeSpan value, string expected)
    {
        Iso8601Duration.Format(value).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Durations))]
    public void Round_trips_through_an_independent_parser(TimeSpan value, string text)
    {
        XmlConvert.ToTimeSpan(Iso8601Duration.Format(value)).ShouldBe(value, text);
    }

    [Fact]
    public void Formats_the_extremes()
    {
        XmlConvert.ToTimeSpan(Iso8601Duration.Format(TimeSpan.MaxValue)).ShouldBe(TimeSpan.MaxValue);
        Iso8601Duration.Format(TimeSpan.MinValue).ShouldStartWith("-P");
    }
}
