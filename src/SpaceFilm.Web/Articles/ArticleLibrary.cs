using System.Reflection;

namespace SpaceFilm.Web.Articles;

/// <summary>
/// The articles the evidence quotes, found by <see cref="FactSource.File"/>: the build embeds each of
/// <c>seeds/*.txt</c> in the app's assembly under that same path (for example <c>seeds/000_9003848b622236f4.txt</c>),
/// so that an evidence item's source leads straight to its text. Each article is read once, when first asked for.
/// </summary>
public sealed class ArticleLibrary
{
    private readonly Assembly _assembly;
    private readonly string[] _names;
    private readonly Dictionary<string, Article?> _articles = new(StringComparer.Ordinal);

    /// <summary>The articles embedded in the web app.</summary>
    public ArticleLibrary()
        : this(typeof(ArticleLibrary).Assembly)
    {
    }

    /// <summary>The articles embedded in <paramref name="assembly"/>.</summary>
    public ArticleLibrary(Assembly assembly)
    {
        _assembly = assembly;
        _names = assembly.GetManifestResourceNames();
    }

    /// <summary>The paths of the articles there are.</summary>
    public IEnumerable<string> Paths => _names.Where(n => n.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));

    /// <summary>The article a source names, or <see langword="null"/> when it has no file or the app does not ship it.</summary>
    public Article? Get(FactSource source) => source.File is { Length: > 0 } file ? Get(file) : null;

    /// <summary>
    /// The article at <paramref name="path"/> (relative to the fact file, <c>/</c> or <c>\</c>); a path that differs
    /// only in letter case is accepted, as the generator accepts it (with a warning at build time).
    /// </summary>
    public Article? Get(string path)
    {
        var key = Normalize(path);
        var name = Array.Find(_names, n => string.Equals(n, key, StringComparison.Ordinal))
            ?? Array.Find(_names, n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            return null;
        }

        if (!_articles.TryGetValue(name, out var article))
        {
            if (_assembly.GetManifestResourceStream(name) is { } stream)
            {
                using var reader = new StreamReader(stream);
                article = new Article(name, reader.ReadToEnd());
            }

            _articles[name] = article;
        }

        return article;
    }

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized.TrimStart('/');
    }
}
