using SpaceFilm.Web.Articles;
using TypedFacts.Text;

namespace SpaceFilm.Web.Tests;

/// <summary>How the web quiz finds a quote in its article, to mark it in its paragraph (no browser needed).</summary>
public sealed class ArticleTests
{
    /// <summary>Every evidence item of the model: of each entry of each kind, and of each constant.</summary>
    public static IEnumerable<FactEvidence> AllEvidence()
    {
        var model = SpaceFilm.Facts.Model;
        foreach (var kind in model.Kinds)
        {
            foreach (var entry in kind.Entries)
            {
                foreach (var evidence in entry.Evidence)
                {
                    yield return evidence;
                }
            }
        }

        foreach (var constant in model.Constants)
        {
            foreach (var evidence in constant.Evidence)
            {
                yield return evidence;
            }

            foreach (var claim in constant.Claims)
            {
                foreach (var evidence in claim.Evidence)
                {
                    yield return evidence;
                }
            }
        }
    }

    private static readonly ArticleLibrary Library = new(typeof(ArticleTests).Assembly);

    private static Article Load(FactSource source)
    {
        source.File.ShouldNotBeNull();
        var article = Library.Get(source).ShouldNotBeNull(source.File);
        article.Text.ShouldBe(File.ReadAllText(Path.Combine(RepositoryFiles.Root, source.File!)));
        return article;
    }

    [Fact]
    public void Every_source_of_the_model_finds_its_article_by_its_file_path()
    {
        var sources = SpaceFilm.Facts.Model.Sources;
        sources.Count.ShouldBe(5);
        foreach (var source in sources)
        {
            var article = Load(source);
            article.Path.ShouldBe(source.File);
            article.ParagraphCount.ShouldBeGreaterThan(3);
        }

        Library.Paths.Order(StringComparer.Ordinal).ShouldBe(sources.Select(s => s.File!).Order(StringComparer.Ordinal));
        Library.Get("./SEEDS\\000_9003848b622236f4.txt").ShouldBeSameAs(Library.Get(sources[0]));
        Library.Get("seeds/none.txt").ShouldBeNull();
        Library.Get(new FactSource("NoFile", "No file", null, null, null)).ShouldBeNull();
    }

    [Fact]
    public void The_whole_article_is_its_paragraphs_with_the_quote_marked_in_place()
    {
        var article = new Article("a.txt", "One.\n\nTwo three.\n\nFour.");
        var passage = article.Find("three").ShouldNotBeNull();
        passage.First.ShouldBe(1);
        article.Paragraphs(passage).Select(p => string.Concat(p.Segments.Select(s => s.Marked ? $"[{s.Text}]" : s.Text)))
            .ShouldBe(["One.", "Two [three].", "Four."]);
        article.Paragraphs().Count(p => p.Segments.Any(s => s.Marked)).ShouldBe(0);
    }

    [Fact]
    public void Every_quote_of_the_model_is_found_and_marked_in_its_article()
    {
        var articles = new Dictionary<string, Article>();
        var checkedQuotes = 0;
        foreach (var evidence in AllEvidence())
        {
            if (evidence.Source.File is not { } file)
            {
                continue;
            }

            if (!articles.TryGetValue(file, out var article))
            {
                articles[file] = article = Load(evidence.Source);
            }

            var passage = article.Find(evidence.Quote);
            passage.ShouldNotBeNull($"{evidence.Source.Id}: \"{evidence.Quote}\"");
            passage.Paragraphs.ShouldNotBeEmpty();
            QuoteFolding.Fold(string.Join(" ", passage.Paragraphs.Select(p => string.Concat(p.Segments.Where(s => s.Marked).Select(s => s.Text)))))
                .ShouldBe(QuoteFolding.Fold(evidence.Quote), $"{evidence.Source.Id}: the marked text is the quote");

            // The paragraph shown is the whole paragraph: the marked text plus what stands around it.
            foreach (var paragraph in passage.Paragraphs)
            {
                paragraph.Segments.Count(s => s.Marked).ShouldBe(1);
                article.Text.ShouldContain(string.Concat(paragraph.Segments.Select(s => s.Text)));
            }

            checkedQuotes++;
        }

        checkedQuotes.ShouldBeGreaterThan(100);
        articles.Count.ShouldBe(5);
    }

    [Fact]
    public void Folding_is_the_generators_white_space_runs_quotes_apostrophes_and_dashes()
    {
        QuoteFolding.Fold("  a \t\r\n b  ").ShouldBe("a b");
        QuoteFolding.Fold("\u201Csad.\u201D \u2018x\u2019 \u00ABy\u00BB Kazakhstan\u2019s \u2014 \u2013 \u2212 I didn\u02BCt").ShouldBe("\"sad.\" 'x' \"y\" Kazakhstan's - - - I didn't");
        QuoteFolding.Fold("no\u00A0break\u202Fnarrow").ShouldBe("no break narrow");
        QuoteFolding.Fold("\u2026").ShouldBe("\u2026");
        QuoteFolding.Fold("--").ShouldBe("--");
    }

    [Fact]
    public void A_quote_in_ascii_marks_is_found_in_typographic_text_and_marked_as_the_article_writes_it()
    {
        var article = new Article("a.txt", "First paragraph.\n\nThe actress described her departure from the\nInternational Space Station as \u201Csad.\u201D\n\n\u201CIt seemed like 12 days was a long time,\u201D she said.");
        article.ParagraphCount.ShouldBe(3);

        var passage = article.Find("The actress described her departure from the International Space Station as \"sad.\"").ShouldNotBeNull();
        passage.Paragraphs.Count.ShouldBe(1);
        passage.MarkedText.ShouldBe("The actress described her departure from the\nInternational Space Station as \u201Csad.\u201D");

        var inner = article.Find("12 days was a long time").ShouldNotBeNull();
        inner.Paragraphs.Single().Segments.Select(s => (s.Text, s.Marked)).ShouldBe(
        [
            ("\u201CIt seemed like ", false),
            ("12 days was a long time", true),
            (",\u201D she said.", false),
        ]);
    }

    [Fact]
    public void A_quote_across_paragraphs_marks_its_part_in_each()
    {
        var article = new Article("a.txt", "One two.\r\n\r\nThree four.\r\n   \r\nFive.");
        var passage = article.Find("two. Three").ShouldNotBeNull();
        passage.Paragraphs.Count.ShouldBe(2);
        passage.Paragraphs[0].Segments.ShouldBe([new Segment("One ", false), new Segment("two.", true)]);
        passage.Paragraphs[1].Segments.ShouldBe([new Segment("Three", true), new Segment(" four.", false)]);
    }

    [Fact]
    public void Case_and_everything_else_must_match()
    {
        var article = new Article("a.txt", "Yulia Peresild, 37, and Klim Shipenko, 38.");
        article.Find("yulia peresild").ShouldBeNull();
        article.Find("Peresild, 36").ShouldBeNull();
        article.Find("   ").ShouldBeNull();
        article.Find(" Peresild,\n37 ").ShouldNotBeNull().MarkedText.ShouldBe("Peresild, 37");
    }
}
