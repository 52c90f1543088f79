using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace SpaceFilm.Tests;

/// <summary>
/// docs/runtime.md shows C# examples, each followed by its output: every example is compiled
/// against the model and the runtime library, run, and its output compared with the doc.
/// </summary>
public sealed partial class RuntimeDocTests
{
    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Read().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void TheDocHasExamples() => Read().Count.ShouldBeGreaterThanOrEqualTo(8);

    [Theory]
    [MemberData(nameof(Examples))]
    public void EachExamplePrintsWhatTheDocShows(int index)
    {
        var (code, expected) = Read()[index];
        var source = "using System; using System.Linq; using TypedFacts; using SpaceFilm;\n"
            + "public static class Example { public static void Run() {\n" + code + "\n} }";
        var compilation = CSharpCompilation.Create(
            "RuntimeDocExample" + index,
            [CSharpSyntaxTree.ParseText(source)],
            ModelReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Success.ShouldBeTrue(code + "\n" + string.Join("\n", emitted.Diagnostics));

        var output = new StringWriter { NewLine = "\n" };
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            // Loaded beside the tests, so it shares their copy of the model and of the runtime.
            image.Position = 0;
            var assembly = AssemblyLoadContext.Default.LoadFromStream(image);
            assembly.GetType("Example")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null);
        }
        finally
        {
            Console.SetOut(previous);
        }

        output.ToString().TrimEnd().ShouldBe(expected.TrimEnd(), code);
    }

    /// <summary>Each ```csharp block and the ```text block that follows it.</summary>
    private static List<(string Code, string Output)> Read()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "runtime.md")).Replace("\r\n", "\n");
        return Example().Matches(doc).Select(m => (m.Groups["code"].Value, m.Groups["output"].Value)).ToList();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```\s*\n\s*^```text\n(?<output>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Example();
}
