using CsCheck;
using Shouldly;
using Xunit;

namespace TypedFacts.Tests;

/// <summary>SPEC 3.1: a date known to the year, the month or the day, with its text, equality and order.</summary>
public sealed class FactDateTests
{
    [Theory]
    [InlineData("2021", 2021, null, null, FactDatePrecision.Year)]
    [InlineData("2021-10", 2021, 10, null, FactDatePrecision.Month)]
    [InlineData("2021-10-17", 2021, 10, 17, FactDatePrecision.Day)]
    [InlineData("0001-01-01", 1, 1, 1, FactDatePrecision.Day)]
    public void ReadsEachPrecisionAndWritesItBack(string text, int year, int? month, int? day, FactDatePrecision precision)
    {
        var date = FactDate.Parse(text);

        (date.Year, date.Month, date.Day, date.Precision).ShouldBe((year, month, day, precision));
        date.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("21")]
    [InlineData("2021-13")]
    [InlineData("2021-02-30")]
    [InlineData("2021-1-17")]
    [InlineData("0000")]
    [InlineData("2021/10/17")]
    [InlineData("")]
    public void RefusesWhatIsNotAPartialDate(string text)
    {
        FactDate.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => FactDate.Parse(text));
    }

    [Fact]
    public void AMissingPartSortsBeforeAnyPresentOne()
    {
        var dates = new[] { "2021-10-01", "2022", "2021", "2021-10", "2021-09-30", "2021-11" }.Select(FactDate.Parse).ToList();

        dates.Order().Select(d => d.ToString()).ShouldBe(["2021", "2021-09-30", "2021-10", "2021-10-01", "2021-11", "2022"]);
        (FactDate.Parse("2021") < FactDate.Parse("2021-10")).ShouldBeTrue();
        (FactDate.Parse("2021-10") < FactDate.Parse("2021-10-01")).ShouldBeTrue();
        (FactDate.Parse("2021-12-31") < FactDate.Parse("2022")).ShouldBeTrue();
        (FactDate.Parse("2021-10") >= FactDate.Parse("2021")).ShouldBeTrue();
        (FactDate.Parse("2021-10") <= FactDate.Parse("2021-10")).ShouldBeTrue();
        (FactDate.Parse("2022") > FactDate.Parse("2021-10-17")).ShouldBeTrue();
    }

    [Fact]
    public void DatesOfDifferentPrecisionAreNotEqual()
    {
        (new FactDate(2021, 10) == new FactDate(2021, 10, 1)).ShouldBeFalse();
        (new FactDate(2021, 10) != new FactDate(2021, 10, 1)).ShouldBeTrue();
        new FactDate(2021, 10).Equals((object)new FactDate(2021, 10)).ShouldBeTrue();
        new FactDate(2021, 10).GetHashCode().ShouldBe(new FactDate(2021, 10).GetHashCode());
        new FactDate(2021).CompareTo(null).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void ConstructorsRefuseImpossibleDates()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new FactDate(0));
        Should.Throw<ArgumentOutOfRangeException>(() => new FactDate(2021, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => new FactDate(2021, 13));
        Should.Throw<ArgumentOutOfRangeException>(() => new FactDate(2021, 2, 29));
        new FactDate(2024, 2, 29).ToString().ShouldBe("2024-02-29");
    }

    [Fact]
    public void OrderIsTheOrderOfTheTextForEveryDate()
    {
        // The text sorts like the dates: a year is a prefix of its months, a month of its days.
        var dates = Gen.Int[1, 9999].SelectMany(y => Gen.Int[0, 12].SelectMany(m => Gen.Int[0, m == 0 ? 0 : DateTime.DaysInMonth(y, m)]
            .Select(d => m == 0 ? new FactDate(y) : d == 0 ? new FactDate(y, m) : new FactDate(y, m, d))));

        Gen.Select(dates, dates).Sample(pair =>
        {
            var (a, b) = pair;
            Math.Sign(a.CompareTo(b)).ShouldBe(Math.Sign(string.CompareOrdinal(a.ToString(), b.ToString())));
            FactDate.Parse(a.ToString()).ShouldBe(a);
        });
    }
}
