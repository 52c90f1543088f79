using System.Reflection;
using System.Runtime.Loader;
using Shouldly;
using Xunit;

namespace SpaceFilm.Tests;

/// <summary>Reading one entry builds that entry only, not its kind, nor the entries it references.</summary>
public sealed class LazinessTests
{
    [Fact]
    public void ReadingOneEntryBuildsNoOther()
    {
        // A fresh copy of the model, so that no other test has touched its entries yet.
        var context = new AssemblyLoadContext(nameof(ReadingOneEntryBuildsNoOther), isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(Person).Assembly.Location);
            var person = assembly.GetType("SpaceFilm.Person", throwOnError: true)!;
            var mission = assembly.GetType("SpaceFilm.Mission", throwOnError: true)!;

            var yulia = person.GetProperty("YuliaPeresild")!.GetValue(null)!;
            var missions = (System.Collections.IEnumerable)person.GetProperty("Missions")!.GetValue(yulia)!;

            BuiltEntries(person).ShouldBe(1);
            BuiltEntries(mission).ShouldBe(0); // the reference list holds indexes until it is read

            missions.Cast<object>().Count().ShouldBe(2); // the flight up and the flight down
            BuiltEntries(mission).ShouldBe(2);
            BuiltEntries(person).ShouldBe(1);
        }
        finally
        {
            context.Unload();
        }
    }

    private static int BuiltEntries(Type kind)
    {
        var cache = (Array)kind.GetField("__cache", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        return cache.Cast<object?>().Count(entry => entry is not null);
    }
}
