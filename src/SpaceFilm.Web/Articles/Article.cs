using System.Text.RegularExpressions;
using TypedFacts.Text;

namespace SpaceFilm.Web.Articles;

/// <summary>A run of a paragraph's text, marked when it is part of the quote.</summary>
public sealed record Segment(string Text, bool Marked);

/// <summary>A paragraph of an article, cut into segments around the quote.</summary>
public sealed record Paragraph(IReadOnlyList<Segment> Segments);

/// <summary>
/// Where a quote stands in its article: the paragraphs it touches, with the quote marked in them; <paramref name="First"/>
/// is the index of the first of them among the article's paragraphs.
/// </summary>
public sealed record Passage(IReadOnlyList<Paragraph> Paragraphs, int First)
{
    /// <summary>The marked text, as it is written in the article (its white space and typography kept).</summary>
    public string MarkedText => string.Concat(Paragraphs.SelectMany(p => p.Segments).Where(s => s.Marked).Select(s => s.Text));
}

/// <summary>The text of an article, cut into paragraphs (blank lines separate them), in which quotes are found.</summary>
public sealed partial class Article
{
    private readonly (int Start, int End)[] _paragraphs;
    private readonly string _folded;
    private readonly int[] _map;

    public Article(string path, string text)
    {
        Path = path;
        Text = text;
        _paragraphs = CutParagraphs(text);
        (_folded, _map) = QuoteFolding.FoldWithMap(text);
    }

    /// <summary>The path the article was found at (a <see cref="FactSource.File"/>).</summary>
    public string Path { get; }

    public string Text { get; }

    /// <summary>The number of paragraphs.</summary>
    public int ParagraphCount => _paragraphs.Length;

    /// <summary>
    /// The paragraph(s) holding <paramref name="quote"/>, found as the generator finds it (both folded, case
    /// kept), with the quote marked; <see langword="null"/> when the article does not contain it.
    /// </summary>
    public Passage? Find(string quote)
    {
        var folded = QuoteFolding.Fold(quote);
        if (folded.Length == 0)
        {
            return null;
        }

        var at = _folded.IndexOf(folded, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        // The folded quote starts and ends with a character that is not white space, so both ends map exactly.
        var start = _map[at];
        var end = _map[at + folded.Length - 1] + 1;
        var paragraphs = new List<Paragraph>();
        var first = -1;
        for (var index = 0; index < _paragraphs.Length; index++)
        {
            var (pStart, pEnd) = _paragraphs[index];
            if (pEnd <= start || pStart >= end)
            {
                continue;
            }

            first = first < 0 ? index : first;

            var segments = new List<Segment>(3);
            var markFrom = Math.Max(start, pStart);
            var markTo = Math.Min(end, pEnd);
            Add(segments, Text[pStart..markFrom], marked: false);
            Add(segments, Text[markFrom..markTo], marked: true);
            Add(segments, Text[markTo..pEnd], marked: false);
            paragraphs.Add(new Paragraph(segments));
        }

        return new Passage(paragraphs, Math.Max(first, 0));
    }

    /// <summary>Every paragraph of the article, those of <paramref name="marked"/> with its quote marked.</summary>
    public IEnumerable<Paragraph> Paragraphs(Passage? marked = null)
    {
        for (var index = 0; index < _paragraphs.Length; index++)
        {
            if (marked is not null && index >= marked.First && index < marked.First + marked.Paragraphs.Count)
            {
                yield return marked.Paragraphs[index - marked.First];
            }
            else
            {
                var (start, end) = _paragraphs[index];
                yield return new Paragraph([new Segment(Text[start..end], false)]);
            }
        }
    }

    private static void Add(List<Segment> segments, string text, bool marked)
    {
        if (text.Length > 0)
        {
            segments.Add(new Segment(text, marked));
        }
    }

    /// <summary>The paragraphs' ranges: the text between blank lines, without its surrounding white space.</summary>
    private static (int Start, int End)[] CutParagraphs(string text)
    {
        var ranges = new List<(int, int)>();
        var from = 0;
        foreach (Match separator in BlankLines().Matches(text))
        {
            AddTrimmed(ranges, text, from, separator.Index);
            from = separator.Index + separator.Length;
        }

        AddTrimmed(ranges, text, from, text.Length);
        return ranges.ToArray();
    }

    private static void AddTrimmed(List<(int, int)> ranges, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            ranges.Add((start, end));
        }
    }

    [GeneratedRegex(@"\r?\n[ \t\u00A0]*(?:\r?\n[ \t\u00A0]*)+")]
    private static partial Regex BlankLines();
}
