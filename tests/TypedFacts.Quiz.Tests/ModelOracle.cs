using System.Collections;
using System.Globalization;

namespace TypedFacts.Quiz.Tests;

/// <summary>
/// Judges a question's options against the model, from the metadata and independently of the engine: it reads each
/// option back into a value of the field's type (a number, a date, an entry of the referenced kind, a source) and
/// compares it with every value the model or a source gives for the fact asked.
/// </summary>
public sealed class ModelOracle(FactModel model, QuizPhrasing phrasing)
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>Whether an option is a right answer: a value the model or one of its sources gives for the fact asked.</summary>
    public bool IsRight(QuizQuestion question, string option)
    {
        if (question.Round == QuizRounds.Claims)
        {
            return DissentingSources(question).Any(source => NamesSource(option, source));
        }

        var type = TypeOf(question);
        return Truths(question).Any(value => Means(option, value, type));
    }

    /// <summary>Whether an option is of the kind of value the question asks for (a number, a date, a person, a source…).</summary>
    public bool HasRightType(QuizQuestion question, string option)
    {
        if (question.Round == QuizRounds.Claims)
        {
            return model.Sources.Any(source => NamesSource(option, source));
        }

        var type = TypeOf(question);
        switch (type.Category)
        {
            case FactTypeCategory.Entity:
                return type.Kind!.Entries.Any(entry => NamesEntry(option, entry));
            case FactTypeCategory.Enum:
                return type.EnumMembers.Any(member => Letters(member) == Letters(option));
        }

        return type.Name switch
        {
            "int" or "long" => ParseInteger(option) is not null,
            "double" or "decimal" => ParseDecimal(option) is not null,
            "date" => ParseDay(option) is not null,
            "partialdate" => ParsePartialDate(option) is not null,
            "datetime" => ParseInstant(option) is not null,
            "duration" => ParseDuration(option) is not null,
            "string" => option.Trim().Length > 0,
            _ => false,
        };
    }

    /// <summary>The values that make an option right: the adopted value's members and every claim's.</summary>
    public IReadOnlyList<object> Truths(QuizQuestion question)
    {
        var truths = new List<object>();
        if (question.Constant is { } constant)
        {
            truths.AddRange(constant.Claims.SelectMany(claim => Members(claim.Value)));
            return truths;
        }

        var subject = question.Subject!;
        var field = question.Field!;
        truths.AddRange(field.GetClaims(subject).SelectMany(claim => Members(claim.Value)));
        if (question.Round == QuizRounds.Quotes)
        {
            // Whoever the model says spoke the same words is right too.
            var words = subject.Kind.Fields
                .Where(f => f.Type is { Category: FactTypeCategory.Scalar, Name: "string", IsList: false })
                .Where(f => f.GetValue(subject) is string text && question.Prompt.Contains(text, StringComparison.Ordinal))
                .ToList();
            words.ShouldNotBeEmpty($"the prompt of {question.Key} quotes a string field of {subject.Kind.Name}");
            foreach (var entry in subject.Kind.Entries)
            {
                if (words.Any(f => Equals(f.GetValue(entry), f.GetValue(subject))))
                {
                    truths.AddRange(field.GetClaims(entry).SelectMany(claim => Members(claim.Value)));
                }
            }
        }

        return truths;
    }

    /// <summary>The sources that give a value the model did not adopt, for a claim question.</summary>
    public IReadOnlyList<FactSource> DissentingSources(QuizQuestion question)
    {
        var claims = question.Constant is { } constant ? constant.Claims : question.Field!.GetClaims(question.Subject!);
        return claims.Where(claim => !claim.IsAdopted).SelectMany(claim => claim.Evidence).Select(item => item.Source).Distinct().ToList();
    }

    /// <summary>Whether an option reads back as this value of the type.</summary>
    public bool Means(string option, object value, FactType type)
    {
        switch (value)
        {
            case IFact entry:
                return NamesEntry(option, entry);
            case string text:
                return string.Equals(option.Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase);
            case Enum member:
                return Letters(option) == Letters(member.ToString());
            case bool flag:
                return option == (flag ? "Yes" : "No");
            case int or long:
                return ParseInteger(option) == Convert.ToInt64(value, s_invariant);
            case double or decimal:
                return ParseDecimal(option) is decimal number && Math.Abs(number - Convert.ToDecimal(value, s_invariant)) < 0.0005m;
            case TimeSpan span:
                return ParseDuration(option) == span;
            case FactDate date:
                return ParsePartialDate(option) == date;
            case DateOnly day:
                return ParseDay(option) == day;
            case DateTimeOffset instant:
                return ParseInstant(option) == instant.ToUniversalTime();
            default:
                throw new InvalidOperationException($"No oracle for a {value.GetType()} of type {type}.");
        }
    }

    /// <summary>
    /// Whether an option names an entry: the value of one of its string fields that may name it (<c>name</c>,
    /// <c>title</c>, the phrasing's display field, a quotation's words), or its id, compared letter by letter.
    /// </summary>
    public bool NamesEntry(string option, IFact entry)
    {
        if (Letters(option) == Letters(entry.Id))
        {
            return true;
        }

        var names = new[] { "name", "title", phrasing.DisplayFieldFor(entry.Kind) }
            .Concat(phrasing.QuoteTextFieldNames)
            .Where(name => name is not null);
        foreach (var name in names)
        {
            if (entry.Kind.TryGetField(name!, out var field) && field.GetValue(entry) is string text
                && string.Equals(option.Trim().TrimEnd('.'), text.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an option names a source: its label (the phrasing's, by default its title), or its label followed by its id.</summary>
    public bool NamesSource(string option, FactSource source)
        => option == phrasing.LabelOf(source) || option == phrasing.LabelOf(source) + " (" + source.Id + ")";

    private static FactType TypeOf(QuizQuestion question) => question.Constant?.Type ?? question.Field!.Type;

    private static IEnumerable<object> Members(object? value)
        => value switch
        {
            null => [],
            string text => [text],
            IEnumerable items => items.Cast<object>(),
            _ => [value],
        };

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static long? ParseInteger(string text)
        => long.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, s_invariant, out var value) ? value : null;

    private static decimal? ParseDecimal(string text)
        => decimal.TryParse(text, NumberStyles.Number, s_invariant, out var value) ? value : null;

    private static DateOnly? ParseDay(string text)
        => DateOnly.TryParseExact(text, "d MMMM yyyy", s_invariant, DateTimeStyles.None, out var day) ? day : null;

    private static FactDate? ParsePartialDate(string text)
    {
        if (ParseDay(text) is DateOnly day)
        {
            return new FactDate(day.Year, day.Month, day.Day);
        }

        if (DateTime.TryParseExact(text, "MMMM yyyy", s_invariant, DateTimeStyles.None, out var month))
        {
            return new FactDate(month.Year, month.Month);
        }

        return text.Length == 4 && int.TryParse(text, NumberStyles.None, s_invariant, out var year) ? new FactDate(year) : null;
    }

    private static DateTimeOffset? ParseInstant(string text)
        => DateTimeOffset.TryParseExact(text, ["d MMMM yyyy, HH:mm 'UTC'", "d MMMM yyyy, HH:mm:ss 'UTC'"], s_invariant, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;

    private static TimeSpan? ParseDuration(string text)
    {
        var parts = text.Split(' ');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, s_invariant, out var count))
        {
            return null;
        }

        return parts[1].TrimEnd('s') switch
        {
            "day" => TimeSpan.FromDays(count),
            "hour" => TimeSpan.FromHours(count),
            "minute" => TimeSpan.FromMinutes(count),
            "second" => TimeSpan.FromSeconds(count),
            _ => null,
        };
    }
}
