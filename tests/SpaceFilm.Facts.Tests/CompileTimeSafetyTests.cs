using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace SpaceFilm.Tests;

/// <summary>Consumer code compiled against the model: a wrong fact is a compile error, not a run-time surprise.</summary>
public sealed class CompileTimeSafetyTests
{
    [Fact]
    public void TypedFactsCompile()
    {
        Compile("""
            int? age = SpaceFilm.Person.YuliaPeresild.Age;
            System.TimeSpan aboard = SpaceFilm.Facts.DaysOnStation;
            System.DateTimeOffset? landed = SpaceFilm.Event.SoyuzMs18Landing.At;
            SpaceFilm.Person commander = SpaceFilm.Mission.FilmCrewAscent.Commander!;
            SpaceFilm.Role role = SpaceFilm.Role.Actress;
            """).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("var p = SpaceFilm.Person.NoSuchPerson;", "CS0117")]
    [InlineData("int name = SpaceFilm.Person.YuliaPeresild.Name;", "CS0029")]
    [InlineData("string age = SpaceFilm.Person.YuliaPeresild.Age;", "CS0029")]
    [InlineData("System.DateTime at = SpaceFilm.Facts.DaysOnStation;", "CS0029")]
    [InlineData("var r = SpaceFilm.Role.Astronaut2;", "CS0117")]
    [InlineData("SpaceFilm.Person.YuliaPeresild.Age = 40;", "CS0200")]
    public void AWrongFactIsACompileError(string statement, string expectedId)
    {
        Compile(statement).ShouldContain(expectedId);
    }

    private static List<string> Compile(string statements)
    {
        var code = "public static class Consumer { public static void Use() { " + statements + " } }";
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(code)],
            ModelReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToList();
    }
}
