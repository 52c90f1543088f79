using System.Reflection;
using Shouldly;

namespace TypedFacts.Generator.Tests.Infrastructure;

/// <summary>Compiles a harness's consumer with the generated code and loads it, to read the model back at run time.</summary>
public static class Compiled
{
    public static Assembly Load(GeneratorHarness harness, string assemblyName)
    {
        var run = harness.Property("TypedFactsVisibility", "public").Run();
        run.Errors.ShouldBeEmpty();
        using var image = new MemoryStream();
        var emitted = run.OutputCompilation.WithAssemblyName(assemblyName).Emit(image);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    }

    /// <summary>The FactModel of a catalog; reached by reflection here only, as a test has no other way in.</summary>
    public static TypedFacts.FactModel Model(GeneratorHarness harness, string catalog)
        => (TypedFacts.FactModel)Load(harness, "Consumer" + Guid.NewGuid().ToString("N")).GetType(catalog, throwOnError: true)!.GetProperty("Model")!.GetValue(null)!;
}
