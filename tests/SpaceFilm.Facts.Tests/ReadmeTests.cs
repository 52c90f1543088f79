using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace SpaceFilm.Tests;

/// <summary>The README's first C# example is compiled against the model: it must fail only where it says it does.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void TheReadmeExampleCompilesExceptForTheMissingFactItShows()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n");
        var code = CSharpBlock().Match(readme).Groups["code"].Value;
        code.ShouldContain("Person.YuliaPeresild");
        var usings = string.Concat(code.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal)).Select(l => l + "\n"));
        var body = string.Join("\n", code.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
        var source = "using System;\n" + usings + "public static class Example { public static void Run() {\n" + body + "\n} }";

        var diagnostics = CSharpCompilation.Create(
                "ReadmeExample",
                [CSharpSyntaxTree.ParseText(source)],
                ModelReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();

        var lines = source.Split('\n');
        diagnostics.Select(d => (d.Id, Line: lines[d.Location.GetLineSpan().StartLinePosition.Line].Trim()))
            .ShouldBe([("CS0117", "Person? none = Person.NoSuchPerson;            // CS0117: a missing fact does not compile")], string.Join("\n", diagnostics));
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Generator.sln not found");
    }
}
