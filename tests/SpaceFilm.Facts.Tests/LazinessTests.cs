using System.Reflection;
using System.Runtime.Loader;
using Shouldly;
using Xunit;

namespace SpaceFilm.Tests;

/// <summary>Reading one entry builds that entry only, not its kind, nor the entries it references, nor its evidence.</summary>
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

            // An entry's evidence is read from its data only when asked for.
            var evidence = person.GetField("__evidence", BindingFlags.NonPublic | BindingFlags.Instance)!;
            evidence.GetValue(yulia).ShouldBeNull();
            var items = (System.Collections.ICollection)person.GetProperty("Evidence")!.GetValue(yulia)!;
            items.Count.ShouldBeGreaterThan(3);
            evidence.GetValue(yulia).ShouldBeSameAs(items);
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
