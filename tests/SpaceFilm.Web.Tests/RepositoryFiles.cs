namespace SpaceFilm.Web.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
public static class RepositoryFiles
{
    /// <summary>The folder that holds Generator.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "SpaceFilm.Web", "SpaceFilm.Web.csproj");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Generator.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    }
}
