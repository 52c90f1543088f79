using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Shouldly;
using TypedFacts.Unity.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Unity.Tests;

/// <summary>
/// Issue 13: the package's analyzers in a compile shaped as Unity's (see <see cref="UnityCompiler"/>), and a net10.0
/// app that runs on the library it produces.
/// </summary>
[Collection(nameof(UnityPackageFixture))]
public sealed partial class UnityCompileTests(UnityPackageFixture package)
{
    [Fact]
    public void TheUnityShapedCompileSucceedsWithoutWarningsAndTheOptionsArriveThroughTheGlobalConfig()
    {
        var project = UnityCompiler.CreateProject(package, "compile");

        var result = UnityCompiler.Compile(package, project, ["FactsQuiz.cs"]);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldNotContain("warning", Case.Insensitive, result.ToString());
        var types = Types(UnityCompiler.Output(project));

        // build_property.TypedFactsNamespace and TypedFactsVisibility came from Default.globalconfig, as no MSBuild ran.
        foreach (var name in new[] { "Game.Facts.Person", "Game.Facts.Mission", "Game.Facts.Role", "Game.Facts.Facts" })
        {
            types.ShouldContainKey(name);
            types[name].ShouldBe(TypeAttributes.Public, name);
        }

        types.Keys.Where(t => !t.StartsWith("Game.Facts.", StringComparison.Ordinal)).ShouldBe(["Game.FactsQuiz"], ignoreOrder: true);
    }

    [Fact]
    public void AGameWithItsOwnYamlDotNetPluginCompilesBesideThePrivateCopy()
    {
        // A game's YamlDotNet.dll plugin is a plain reference of its assemblies; the generator's copy is TypedFacts.YamlDotNet.
        var project = UnityCompiler.CreateProject(package, "own-yamldotnet");

        var result = UnityCompiler.Compile(package, project, ["FactsQuiz.cs", "YamlSettings.cs"], [package.OriginalYamlDotNet]);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldNotContain("warning", Case.Insensitive, result.ToString());
        var types = Types(UnityCompiler.Output(project));
        types.ShouldContainKey("Game.YamlSettings");
        types.ShouldContainKey("Game.Facts.Person");
        References(UnityCompiler.Output(project)).ShouldContain("YamlDotNet");
        References(UnityCompiler.Output(project)).ShouldNotContain("TypedFacts.YamlDotNet");
    }

    [Fact]
    public void AMisquoteFailsTheBuildWithTF3002LocatedInTheAdditionalFile()
    {
        const string Misquote = "Yulia Peresild, 36";
        var project = UnityCompiler.CreateProject(package, "misquote", facts => facts.Replace("\"Yulia Peresild, 37\"", $"\"{Misquote}\"", StringComparison.Ordinal));
        var lines = File.ReadAllLines(UnityCompiler.FactFile(project));
        var line = Array.FindIndex(lines, l => l.Contains(Misquote, StringComparison.Ordinal));
        line.ShouldBeGreaterThan(0);

        var result = UnityCompiler.Compile(package, project, ["FactsQuiz.cs"]);

        result.ExitCode.ShouldNotBe(0, result.ToString());
        var match = Tf3002().Match(result.Output);
        match.Success.ShouldBeTrue(result.ToString());
        Path.GetFullPath(match.Groups["path"].Value.Trim(), project).ShouldBe(UnityCompiler.FactFile(project));
        int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(line + 1, result.ToString());
        int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(lines[line].IndexOf("\"" + Misquote, StringComparison.Ordinal) + 1, result.ToString());
        Tf3002().Matches(result.Output).Count.ShouldBe(1, result.ToString());
    }

    [Fact]
    public void ANet10AppRunsOnTheLibraryUnityWouldBuild()
    {
        var project = UnityCompiler.CreateProject(package, "app");
        var library = UnityCompiler.Compile(package, project, ["FactsQuiz.cs"]);
        library.ExitCode.ShouldBe(0, library.ToString());

        var app = Path.Combine(project, "app");
        Directory.CreateDirectory(app);
        File.Copy(UnityCompiler.Output(project), Path.Combine(app, "Game.dll"));
        File.Copy(package.RuntimePlugin, Path.Combine(app, "TypedFacts.dll"));
        var arguments = new List<string> { "-target:exe", "-out:" + Path.Combine(app, "app.dll"), "-nostdlib", "-langversion:latest", "-nullable:enable", "-warnaserror+" };
        arguments.AddRange(Sdk.Net10References.Select(r => "-reference:" + r));
        arguments.Add("-reference:" + Path.Combine(app, "Game.dll"));
        arguments.Add("-reference:" + Path.Combine(app, "TypedFacts.dll"));
        arguments.Add(Path.Combine(AppContext.BaseDirectory, "Fixtures", "App", "Program.cs"));
        var compile = Sdk.Compile(app, arguments);
        compile.ExitCode.ShouldBe(0, compile.ToString());
        File.WriteAllText(Path.Combine(app, "app.runtimeconfig.json"), """
            {
              "runtimeOptions": {
                "tfm": "net10.0",
                "framework": { "name": "Microsoft.NETCore.App", "version": "10.0.0" }
              }
            }
            """);

        var run = Sdk.Run(app, Sdk.Host, [Path.Combine(app, "app.dll")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).ShouldBe("""
            kind Game.Facts.Mission: SoyuzMs18
            kind Game.Facts.Person: YuliaPeresild, KlimShipenko, OlegNovitsky
            entry YuliaPeresild: Yulia Peresild, 37, Actress, Soyuz MS-18
            landed 2021-10-17 (DateTime)
            evidence Article [name, age]: "Yulia Peresild, 37"
            quiz How old was Yulia Peresild on landing? 37 ("Yulia Peresild, 37")
            constant DaysOnStation = 12
            entries 4

            """);
    }

    /// <summary>docs/unity.md's quiz MonoBehaviour, taken from the page, compiles as Unity compiles it.</summary>
    [Fact]
    public void TheDocsMonoBehaviourCompilesAsUnityCompilesIt()
    {
        var page = File.ReadAllText(Path.Combine(Sdk.RepositoryRoot, "docs", "unity.md"));
        var block = DocsExample().Match(page);
        block.Success.ShouldBeTrue("docs/unity.md shows FactsQuizBehaviour.cs");
        var project = UnityCompiler.CreateProject(package, "docs-example");
        File.WriteAllText(Path.Combine(project, "Assets", "Scripts", "FactsQuizBehaviour.cs"), block.Groups["code"].Value);
        var engine = Path.Combine(project, "Library", "UnityEngine.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(engine)!);
        var arguments = new List<string> { "-target:library", "-out:" + engine, "-nostdlib", "-langversion:9", "-warnaserror+" };
        arguments.AddRange(Sdk.NetStandard21References.Select(r => "-reference:" + r));
        arguments.Add(Path.Combine(AppContext.BaseDirectory, "Fixtures", "UnityEngine", "UnityEngine.cs"));
        var shim = Sdk.Compile(project, arguments);
        shim.ExitCode.ShouldBe(0, shim.ToString());

        var result = UnityCompiler.Compile(package, project, ["FactsQuizBehaviour.cs"], [engine]);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldNotContain("warning", Case.Insensitive, result.ToString());
        Types(UnityCompiler.Output(project)).ShouldContainKey(".FactsQuizBehaviour");
    }

    [GeneratedRegex("```csharp title=\"FactsQuizBehaviour.cs\"\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex DocsExample();

    [GeneratedRegex(@"^(?<path>[^\n(]*Facts\.TypedFacts\.Generator\.additionalfile)\((?<line>\d+),(?<column>\d+)\): error TF3002: ", RegexOptions.Multiline)]
    private static partial Regex Tf3002();

    /// <summary>The top-level types of an assembly and their visibility.</summary>
    private static Dictionary<string, TypeAttributes> Types(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
            .Where(t => t.GetDeclaringType().IsNil && metadata.GetString(t.Name) != "<Module>" && !metadata.GetString(t.Name).StartsWith('<'))
            .Where(t => !metadata.GetString(t.Name).StartsWith("__", StringComparison.Ordinal) && !IsEmbedded(metadata, t))
            .ToDictionary(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name), t => t.Attributes & TypeAttributes.VisibilityMask, StringComparer.Ordinal);
    }

    /// <summary>An attribute the compiler itself adds ([Embedded], NullableAttribute and the like), not the generator.</summary>
    private static bool IsEmbedded(MetadataReader metadata, TypeDefinition type)
        => metadata.GetString(type.Name) == "EmbeddedAttribute" || type.GetCustomAttributes().Any(h =>
            metadata.GetCustomAttribute(h).Constructor is { Kind: HandleKind.MethodDefinition } constructor
            && metadata.GetString(metadata.GetTypeDefinition(metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType()).Name) == "EmbeddedAttribute");

    private static List<string> References(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }
}
