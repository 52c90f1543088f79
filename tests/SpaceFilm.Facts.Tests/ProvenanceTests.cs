using System.Reflection;
using System.Text;
using Shouldly;
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
        => [.. ModelTypes().Where(t => t.GetProperty("All", BindingFlags.Public | BindingFlags.Static) is not null).Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryEntryHasEvidenceFoundInItsArticle(string kindName)
    {
        var kind = typeof(Person).Assembly.GetType("SpaceFilm." + kindName)!;
        var entries = ((System.Collections.IEnumerable)kind.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        entries.ShouldNotBeEmpty();

        foreach (var entry in entries)
        {
            var evidence = (IReadOnlyList<FactEvidence>)kind.GetProperty("Evidence")!.GetValue(entry)!;
            var id = (string)kind.GetProperty("Id")!.GetValue(entry)!;
            if (kind == typeof(FactSource))
            {
                continue; // sources are what evidence points at
            }

            evidence.ShouldNotBeEmpty($"{kindName}.{id} has no evidence");
            foreach (var item in evidence)
            {
                ArticleText(item.Source).ShouldContain(Fold(item.Quote), Case.Sensitive, $"{kindName}.{id} misquotes {item.Source.Id}");
            }
        }
    }

    [Fact]
    public void EveryConstantHasEvidenceFoundInItsArticle()
    {
        var constants = typeof(SpaceFilm.Facts).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name)
            .Concat(typeof(SpaceFilm.Facts).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name))
            .ToList();
        constants.Count.ShouldBeGreaterThan(10);

        foreach (var name in constants)
        {
            var evidence = SpaceFilm.Facts.EvidenceFor(name);
            evidence.ShouldNotBeEmpty($"{name} has no evidence");
            foreach (var item in evidence)
            {
                ArticleText(item.Source).ShouldContain(Fold(item.Quote), Case.Sensitive, $"{name} misquotes {item.Source.Id}");
            }
        }
    }

    [Fact]
    public void EverySourceIsAnArticleOfTheRepository()
    {
        FactSource.All.Count.ShouldBe(5);
        foreach (var source in FactSource.All)
        {
            File.Exists(Path.Combine(RepositoryRoot, source.File!)).ShouldBeTrue(source.File);
            source.Title.ShouldNotBeNullOrWhiteSpace();
        }
    }

    private static IEnumerable<Type> ModelTypes() => typeof(Person).Assembly.GetExportedTypes();

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
