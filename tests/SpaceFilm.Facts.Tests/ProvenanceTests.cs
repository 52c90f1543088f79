using System.Text;
using Shouldly;
using TypedFacts;
using Xunit;

namespace SpaceFilm.Tests;

/// <summary>
/// Walks the whole generated model: every entry and every constant has evidence, and every
/// quote is in the text of its article. The folding here is written independently of the
/// generator's, so the two check each other.
/// </summary>
public sealed class ProvenanceTests
{
    private static readonly string RepositoryRoot = FindRoot();

    public static TheoryData<string> Kinds()
        => [.. Facts.Model.Kinds.Where(k => k.IsEntity).Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryEntryHasEvidenceFoundInItsArticle(string kindName)
    {
        Facts.Model.TryGetKind(kindName, out var kind).ShouldBeTrue();
        kind!.Entries.ShouldNotBeEmpty();

        foreach (var entry in kind.Entries)
        {
            entry.Evidence.ShouldNotBeEmpty($"{kindName}.{entry.Id} has no evidence");
            foreach (var item in entry.Evidence)
            {
                ArticleText(item.Source).ShouldContain(Fold(item.Quote), Case.Sensitive, $"{kindName}.{entry.Id} misquotes {item.Source.Id}");
            }
        }
    }

    [Fact]
    public void EveryConstantHasEvidenceFoundInItsArticle()
    {
        Facts.Model.Constants.Count.ShouldBeGreaterThan(5);

        foreach (var constant in Facts.Model.Constants)
        {
            constant.Evidence.ShouldNotBeEmpty($"{constant.Name} has no evidence");
            constant.Evidence.Select(e => e.Quote).ShouldBe(Facts.EvidenceFor(constant.Name).Select(e => e.Quote));
            foreach (var item in constant.Evidence)
            {
                ArticleText(item.Source).ShouldContain(Fold(item.Quote), Case.Sensitive, $"{constant.Name} misquotes {item.Source.Id}");
            }
        }
    }

    [Fact]
    public void EverySourceIsAnArticleOfTheRepository()
    {
        Facts.Sources.All.Count.ShouldBe(5);
        Facts.Model.Sources.ShouldBe(Facts.Sources.All);
        foreach (var source in Facts.Sources.All)
        {
            File.Exists(Path.Combine(RepositoryRoot, source.File!)).ShouldBeTrue(source.File);
            source.Title.ShouldNotBeNullOrWhiteSpace();
        }
    }

    private static string ArticleText(FactSource source) => Fold(File.ReadAllText(Path.Combine(RepositoryRoot, source.File!)));

    private static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            var folded = c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
            if (folded == ' ' && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(folded);
        }

        return builder.ToString().TrimEnd();
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "facts.yaml")) && Directory.Exists(Path.Combine(directory.FullName, "seeds")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
