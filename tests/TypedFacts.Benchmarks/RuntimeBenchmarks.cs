using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SpaceFilm;
using YamlDotNet.Serialization;

namespace TypedFacts.Benchmarks;

/// <summary>
/// SPEC 7: reading a fact through the generated code, against loading the same facts at run
/// time with YamlDotNet's deserializer and with System.Text.Json source generation (the same
/// data as JSON). "First access" builds the entry (generated) or loads the file (the others);
/// "steady" reads a fact that is already in memory.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeBenchmarks
{
    private Array _personCache = null!;
    private string _yaml = string.Empty;
    private string _json = string.Empty;
    private IDeserializer _deserializer = null!;
    private Dictionary<object, object?> _yamlModel = null!;
    private FactsDocument _jsonModel = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The generated entry cache, cleared before each first access (reflection only here, in setup).
        _personCache = (Array)typeof(Person).GetField("__cache", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        _yaml = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "facts.yaml"));
        _deserializer = new DeserializerBuilder().Build();
        _yamlModel = _deserializer.Deserialize<Dictionary<object, object?>>(_yaml);
        _json = JsonSerializer.Serialize(ToJsonTree(_yamlModel), FactsJsonContext.Default.DictionaryStringObject);
        _jsonModel = JsonSerializer.Deserialize(_json, FactsJsonContext.Default.FactsDocument)!;
    }

    [Benchmark(Baseline = true, Description = "Generated code")]
    [BenchmarkCategory("First access")]
    public int FirstAccessGenerated()
    {
        Array.Clear(_personCache);
        return Person.YuliaPeresild.Age ?? 0;
    }

    [Benchmark(Description = "YamlDotNet deserializer")]
    [BenchmarkCategory("First access")]
    public int FirstAccessYamlDotNet() => AgeOf(_deserializer.Deserialize<Dictionary<object, object?>>(_yaml));

    [Benchmark(Description = "System.Text.Json (source generated)")]
    [BenchmarkCategory("First access")]
    public int FirstAccessSystemTextJson() => AgeOf(JsonSerializer.Deserialize(_json, FactsJsonContext.Default.FactsDocument)!);

    [Benchmark(Baseline = true, Description = "Generated code")]
    [BenchmarkCategory("Steady")]
    public int SteadyGenerated() => Person.YuliaPeresild.Age ?? 0;

    [Benchmark(Description = "YamlDotNet deserializer")]
    [BenchmarkCategory("Steady")]
    public int SteadyYamlDotNet() => AgeOf(_yamlModel);

    [Benchmark(Description = "System.Text.Json (source generated)")]
    [BenchmarkCategory("Steady")]
    public int SteadySystemTextJson() => AgeOf(_jsonModel);

    private static int AgeOf(Dictionary<object, object?> model)
    {
        var records = (Dictionary<object, object?>)model["records"]!;
        var person = (Dictionary<object, object?>)records["Person"]!;
        var entries = (Dictionary<object, object?>)person["entries"]!;
        var yulia = (Dictionary<object, object?>)entries["YuliaPeresild"]!;
        return int.Parse((string)yulia["age"]!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int AgeOf(FactsDocument model)
        => int.Parse(model.Records["Person"].Entries["YuliaPeresild"]["age"].GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static object? ToJsonTree(object? node) => node switch
    {
        Dictionary<object, object?> map => map.ToDictionary(pair => (string)pair.Key, pair => ToJsonTree(pair.Value)),
        List<object?> list => list.Select(ToJsonTree).ToList(),
        _ => node,
    };
}

/// <summary>The JSON shape of facts.yaml, as far as the benchmark reads it.</summary>
public sealed class FactsDocument
{
    [JsonPropertyName("records")]
    public Dictionary<string, KindDocument> Records { get; set; } = [];
}

public sealed class KindDocument
{
    [JsonPropertyName("entries")]
    public Dictionary<string, Dictionary<string, JsonElement>> Entries { get; set; } = [];
}

[JsonSerializable(typeof(FactsDocument))]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(List<object>))]
[JsonSerializable(typeof(string))]
internal sealed partial class FactsJsonContext : JsonSerializerContext;
