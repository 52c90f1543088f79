using Shouldly;
using Xunit;

namespace TypedFacts.Tests;

/// <summary>
/// The data form generated entries are decoded from (FactData, FactDataReader): each value type,
/// the escapes, null, lists, evidence and claims, chunking, and a clear FormatException for data
/// that is not in the form, never another exception.
/// </summary>
public sealed class FactDataTests
{
    private static FactDataReader Entry(string data) => new FactData(1, 256, [data]).Read(0);

    [Fact]
    public void StringsComeBackWithTheirEscapesUndone()
    {
        var reader = Entry("plain|a\\|bar|two\\nlines|back\\\\slash\\\\0||\\0|\n");

        reader.ReadString().ShouldBe("plain");
        reader.ReadString().ShouldBe("a|bar");
        reader.ReadString().ShouldBe("two\nlines");
        reader.ReadString().ShouldBe("back\\slash\\0");
        reader.ReadString().ShouldBe(string.Empty);
        reader.IsNull().ShouldBeTrue();
    }

    [Fact]
    public void NullIsOnlyTheNullMarker()
    {
        var reader = Entry("\\\\0|x|\\0|\n");

        reader.IsNull().ShouldBeFalse();
        reader.ReadString().ShouldBe("\\0");
        reader.IsNull().ShouldBeFalse();
        reader.ReadString().ShouldBe("x");
        reader.IsNull().ShouldBeTrue();
    }

    [Fact]
    public void NumbersAreReadExactly()
    {
        var reader = Entry($"0|-2147483648|2147483647|-9223372036854775808|9223372036854775807|{Bits(0.1)}|{Bits(-0.0)}|{Bits(double.NaN)}|{Bits(double.PositiveInfinity)}|-79228162514264337593543950335|1.50|\n");

        reader.ReadInt32().ShouldBe(0);
        reader.ReadInt32().ShouldBe(int.MinValue);
        reader.ReadInt32().ShouldBe(int.MaxValue);
        reader.ReadInt64().ShouldBe(long.MinValue);
        reader.ReadInt64().ShouldBe(long.MaxValue);
        reader.ReadDouble().ShouldBe(0.1);
        BitConverter.DoubleToInt64Bits(reader.ReadDouble()).ShouldBe(BitConverter.DoubleToInt64Bits(-0.0));
        double.IsNaN(reader.ReadDouble()).ShouldBeTrue();
        reader.ReadDouble().ShouldBe(double.PositiveInfinity);
        reader.ReadDecimal().ShouldBe(decimal.MinValue);
        reader.ReadDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("1.50");
    }

    [Fact]
    public void DatesTimesAndUrlsAreReadExactly()
    {
        var reader = Entry("2021-10-17|2021|2021-10|2021-10-17T04:36:00.0000000+06:00|10368000000000|https://example.org/a?b#c|true|false|\n");

        reader.ReadDate().ShouldBe(new DateTime(2021, 10, 17));
        reader.ReadPartialDate().ShouldBe(new FactDate(2021));
        reader.ReadPartialDate().ShouldBe(new FactDate(2021, 10));
        reader.ReadDateTimeOffset().ShouldBe(new DateTimeOffset(2021, 10, 17, 4, 36, 0, TimeSpan.FromHours(6)));
        reader.ReadTimeSpan().ShouldBe(TimeSpan.FromDays(12));
        reader.ReadUri().ShouldBe(new Uri("https://example.org/a?b#c"));
        reader.ReadBoolean().ShouldBeTrue();
        reader.ReadBoolean().ShouldBeFalse();
    }

    [Fact]
    public void ListsAndInlineValuesAreCountsAndFields()
    {
        var reader = Entry("3|a|b|c|0||1.5|x|\\0|\n");

        reader.ReadList(r => r.ReadString()).ShouldBe(["a", "b", "c"]);
        reader.ReadList(r => r.ReadInt32()).ShouldBeEmpty();
        reader.ReadPresent().ShouldBeTrue();
        (reader.ReadString(), reader.ReadString()).ShouldBe(("1.5", "x"));
        reader.ReadPresent().ShouldBeFalse();
    }

    [Fact]
    public void EvidenceHasItsSourcesFieldsNotesAndClaims()
    {
        var article = new FactSource("Article000", "An article", null, null, null);
        var reader = Entry("2|Article000|Yulia Peresild, 37|2|name|age|\\0||Article000|38|1|age|A slip.|1|38|\n");
        var claimed = new List<int>();

        var evidence = reader.ReadEvidence(id => id == "Article000" ? article : throw new KeyNotFoundException(id), (field, r) =>
        {
            claimed.Add(field);
            var value = r.ReadInt32();
            return () => value;
        });

        evidence.Length.ShouldBe(2);
        (evidence[0].Source, evidence[0].Quote, evidence[0].Note, evidence[0].IsClaim).ShouldBe((article, "Yulia Peresild, 37", (string?)null, false));
        evidence[0].Fields.ShouldBe(["name", "age"]);
        (evidence[1].IsClaim, evidence[1].Value, evidence[1].Note).ShouldBe((true, (object?)38, "A slip."));
        claimed.ShouldBe([1]);
    }

    [Fact]
    public void EntriesAreFoundInTheirChunks()
    {
        var data = new FactData(5, 2, ["E0|0|\nE1|1|\n", "E2|2|\nE3|3|\n", "E4|4|\n"]);

        Enumerable.Range(0, 5).Select(data.ReadFirst).ShouldBe(["E0", "E1", "E2", "E3", "E4"]);
        var reader = data.Read(3);
        reader.ReadString().ShouldBe("E3");
        reader.ReadInt32().ShouldBe(3);
        Should.Throw<ArgumentOutOfRangeException>(() => data.Read(5));
        Should.Throw<ArgumentOutOfRangeException>(() => data.Read(-1));
    }

    [Fact]
    public void DataThatDoesNotFitItsCountIsRefused()
    {
        Should.Throw<ArgumentException>(() => new FactData(3, 2, ["E0|\nE1|\n"]));
        Should.Throw<FormatException>(() => new FactData(2, 2, ["E0|\n"]).Read(1));
    }

    [Theory]
    [InlineData("unterminated")]
    [InlineData("x\\q|")]
    [InlineData("trailing\\")]
    public void MalformedStringsAreAFormatException(string data)
        => Should.Throw<FormatException>(() => Entry(data + "\n").ReadString());

    [Theory]
    [InlineData("12x|")]
    [InlineData("|")]
    [InlineData("-|")]
    [InlineData("12")]
    public void MalformedNumbersAreAFormatException(string data)
        => Should.Throw<FormatException>(() => Entry(data + "\n").ReadInt64());

    [Fact]
    public void NumbersOutOfRangeAreAnOverflow()
    {
        Should.Throw<OverflowException>(() => Entry("2147483648|\n").ReadInt32());
        Should.Throw<OverflowException>(() => Entry("9223372036854775808|\n").ReadInt64());
    }

    [Theory]
    [InlineData("2021-10-1|")]
    [InlineData("2021/10/17|")]
    [InlineData("maybe|")]
    public void MalformedValuesAreAFormatException(string data)
    {
        Should.Throw<FormatException>(() => Entry(data + "\n").ReadDate());
        Should.Throw<FormatException>(() => Entry(data + "\n").ReadBoolean());
        Should.Throw<FormatException>(() => Entry(data + "\n").ReadDouble());
    }

    private static string Bits(double value) => BitConverter.DoubleToInt64Bits(value).ToString("X16", System.Globalization.CultureInfo.InvariantCulture);
}
