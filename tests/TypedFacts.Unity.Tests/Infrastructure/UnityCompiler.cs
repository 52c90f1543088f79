using TypedFacts.Testing;
namespace TypedFacts.Unity.Tests.Infrastructure;

/// <summary>
/// Compiles an assembly of a Unity project as Unity does: its bundled Roslyn run directly (no MSBuild, so no
/// CompilerVisibleProperty), C# 9, .NET Standard 2.1 references with <c>-nostdlib</c>, every DLL labelled
/// RoslynAnalyzer as <c>-analyzer:</c>, the <c>*.{AnalyzerName}.additionalfile</c> files as <c>-additionalfile:</c>,
/// and <c>Assets/Default.globalconfig</c> as <c>-analyzerconfig:</c>. Here the compiler is the SDK's.
/// </summary>
public static class UnityCompiler
{
    public const string Suffix = ".TypedFacts.Generator.additionalfile";

    /// <summary>A copy of the fixture project's Assets folder in a new folder; <paramref name="editFacts"/> may change the fact file.</summary>
    public static string CreateProject(UnityPackageFixture package, string name, Func<string, string>? editFacts = null)
    {
        var project = package.Folder(name);
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Assets");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project, "Assets", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        if (editFacts is not null)
        {
            var facts = FactFile(project);
            File.WriteAllText(facts, editFacts(File.ReadAllText(facts)));
        }

        return project;
    }

    public static string FactFile(string project) => Path.Combine(project, "Assets", "Facts" + Suffix);

    public static string Output(string project) => Path.Combine(project, "Library", "ScriptAssemblies", "Game.dll");

    /// <summary>Compiles the project's scripts into Library/ScriptAssemblies/Game.dll.</summary>
    /// <param name="scripts">Script file names under Assets/Scripts.</param>
    /// <param name="references">Further plain references: the game's own plugins.</param>
    public static ChildProcessResult Compile(UnityPackageFixture package, string project, IEnumerable<string> scripts, IEnumerable<string>? references = null)
    {
        var assets = Path.Combine(project, "Assets");
        var output = Output(project);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var arguments = new List<string>
        {
            "-target:library",
            "-out:" + output,
            "-nostdlib",
            "-langversion:9",
            "-deterministic",
            "-debug:portable",
            "-optimize+",
            "-warnaserror+",
            // Unity's own: unused and unassigned fields (serialized by Unity), and the unification of netstandard 2.0
            // references with 2.1 (CS1701/CS1702, which MSBuild's NoWarn also holds).
            "-nowarn:0169",
            "-nowarn:0649",
            "-nowarn:1701",
            "-nowarn:1702",
            "-define:UNITY_2022_3_OR_NEWER;UNITY_EDITOR;NET_STANDARD_2_1",
        };
        arguments.AddRange(Sdk.NetStandard21References.Select(r => "-reference:" + r));
        arguments.Add("-reference:" + package.RuntimePlugin);
        arguments.AddRange((references ?? []).Select(r => "-reference:" + r));
        arguments.Add("-analyzer:" + package.GeneratorAnalyzer);
        arguments.Add("-analyzer:" + package.YamlDotNetAnalyzer);
        arguments.AddRange(Directory.GetFiles(assets, "*" + Suffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => "-additionalfile:" + f));
        arguments.Add("-analyzerconfig:" + Path.Combine(assets, "Default.globalconfig"));
        arguments.AddRange(scripts.Select(s => Path.Combine(assets, "Scripts", s)));
        return Sdk.Compile(project, arguments);
    }
}
