using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;
using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// facts.schema.json, the JSON Schema that editors with the YAML language server use for fact
/// files. It judges structure only; wherever it can judge, it must agree with the generator, so
/// every input it rejects here is also rejected by the generator, and every valid fact file of
/// the repository passes both.
/// </summary>
public sealed class FactsSchemaTests
{
    private const string ModeLine = "# yaml-language-server: $schema=./facts.schema.json";

    private static readonly Lazy<Task<JsonSchema>> s_schema = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath)));

    private static string SchemaPath => Path.Combine(Fixtures.RepositoryRoot, "facts.schema.json");

    // ---- the schema file itself ----

    [Fact]
    public async Task TheSchemaIsValidJsonAndLoadsInNJsonSchema()
    {
        var text = File.ReadAllText(SchemaPath);
        using (var document = JsonDocument.Parse(text))
        {
            document.RootElement.GetProperty("$schema").GetString().ShouldBe("http://json-schema.org/draft-07/schema#");
        }

        var schema = await JsonSchema.FromJsonAsync(text);

        schema.Type.ShouldBe(JsonObjectType.Object);
        schema.AllowAdditionalProperties.ShouldBeFalse();
        schema.Properties.Keys.ShouldBe(["typedfacts", "namespace", "catalog", "description", "sources", "enums", "records", "constants"], ignoreOrder: true);
    }

    [Fact]
    public void EveryPropertyOfTheSchemaHasADescriptionForEditors()
    {
        var root = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var undocumented = new List<string>();
        var pending = new Stack<(JsonNode Node, string Path)>([(root, "#")]);
        while (pending.Count > 0)
        {
            var (node, path) = pending.Pop();
            if (node is JsonObject obj)
            {
                if (obj["properties"] is JsonObject properties)
                {
                    undocumented.AddRange(properties.Where(p => p.Value is JsonObject property && property["description"] is null && property["$ref"] is null).Select(p => path + "/properties/" + p.Key));
                }

                foreach (var (key, child) in obj)
                {
                    if (child is not null)
                    {
                        pending.Push((child, path + "/" + key));
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        pending.Push((child, path + "/" + i.ToString(CultureInfo.InvariantCulture)));
                    }
                }
            }
        }

        undocumented.ShouldBeEmpty();
    }

    [Fact]
    public void FactsYamlNamesTheSchemaOnItsFirstLine()
    {
        var firstLine = File.ReadLines(Path.Combine(Fixtures.RepositoryRoot, "facts.yaml")).First();

        firstLine.ShouldBe(ModeLine);
        File.Exists(Path.Combine(Fixtures.RepositoryRoot, "facts.schema.json")).ShouldBeTrue();
    }

    // ---- valid files pass both ----

    /// <summary>Every fixture with a document: an empty fact file has nothing to validate.</summary>
    public static TheoryData<string> NonEmptyFixtures
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in Directory.GetFiles(GeneratorHarness.FixturePath(string.Empty), "*.facts.yaml").OrderBy(p => p, StringComparer.Ordinal))
            {
                if (YamlJson.TryConvert(File.ReadAllText(path), out _))
                {
                    data.Add(Path.GetFileName(path)[..^".facts.yaml".Length]);
                }
            }

            return data;
        }
    }

    [Fact]
    public void TheFixtureListCoversTheValidFixtures()
    {
        var names = ((IEnumerable<object[]>)NonEmptyFixtures).Select(row => (string)row[0]).ToList();

        names.ShouldNotBeEmpty();
        names.ShouldBeSubsetOf(Fixtures.Valid);
        Fixtures.Valid.Except(names).ShouldBe(["empty"]);
    }

    [Theory]
    [MemberData(nameof(NonEmptyFixtures))]
    public async Task AValidFixturePassesTheSchema(string name)
    {
        Fixtures.Harness(name).Run().Errors.ShouldBeEmpty();

        var errors = await ValidateAsync(GeneratorHarness.Fixture(name + ".facts.yaml"));

        errors.ShouldBeEmpty(Describe(errors));
    }

    [Fact]
    public async Task TheFlagshipFactsYamlPassesTheSchema()
    {
        var errors = await ValidateAsync(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "facts.yaml")));

        errors.ShouldBeEmpty(Describe(errors));
    }

    /// <summary>Every construct of the format, in each of its spellings, the permissive corners included.</summary>
    private const string EveryConstruct = """
        typedfacts: 1
        namespace: Schema.Ünïcödé_2
        catalog: every-construct
        description: 1984

        sources:
          Article000:
            title: After filming their first film in space, Russians return to Earth
            published: 2021-10-17
            url: "https://example.org/article#top"
          Interview:
            title: 1984
            published: 2021
          fields:
            title: A source whose id is 'fields', cited in the short form
            published: 2021-10

        enums:
          Weekday: [Monday, Tuesday]
          Role:
            description: ~
            members:
              Actress: A film actress.
              Director: ~
          Status:
            members: [Planned, Flown: Flown and landed., Aborted: ~]
          craft-kind:
            - space-station
            - soyuz_capsule: "A Soyuz descent capsule."

        records:
          Coordinates:
            description: A point, written inline.
            fields:
              latitude: double
              longitude: {type: double}
              label: {type: "string?", description: ~}
          Empty:
            fields: {}
          Person:
            fields:
              name: string
              role: Role
              age: {type: "int ?", description: Age in years}
              tags: "string [] ?"
              site: Coordinates?
              stops: Coordinates[]
              kind: craft-kind
            entries:
              YuliaPeresild:
                name: Yulia Peresild
                role: Actress
                age: 37
                tags: [actress, "37"]
                site: {latitude: 47.35, longitude: 69.6, label: ~}
                stops:
                  - {latitude: 45.96, longitude: 63.3}
                kind: soyuz_capsule
                $evidence:
                  - Article000: "Yulia Peresild, 37"
                  - Interview: 1984
                  - {source: Article000, quote: 37, fields: [age], note: ~}
                  - source: Article000
                    quote: Yulia Peresild
                    fields: ~
                    note: 2021
                  - fields: a short form whose source id happens to be 'fields'
                  - {source: Interview, quote: "Yulia Peresild, 38", fields: [age], value: 38, note: A misprint.}
                  - source: Interview
                    quote: the director
                    fields: [role]
                    value: Director
              KlimShipenko:
                name: Klim Shipenko
                role: Director
                stops: []
                kind: SpaceStation
                $evidence: ~
              Nobody:
                name: Nobody
                role: Director
                stops: []
                kind: space-station
                $evidence: []
          Empties:
            fields:
              note: string?
            entries:
              First:
              Second: ~
          Later:
            fields:
              name: string
            entries: ~
          Inferred:
            entries:
              One: {title: x, at: 2021-10-17, place: {name: y}}

        constants:
          Count: 3000
          Ratio: 0.25
          Flag: false
          Title: The Challenge
          Numbers: [1, 2, 3]
          None: []
          Days: {value: P12D, type: duration, description: Days on the station.}
          Maybe: {value: ~, type: "int?"}
          Site: {value: {latitude: 1.5, longitude: 2}, type: Coordinates}
          Pilot:
            value: YuliaPeresild
            type: Person
            description: ~
            $evidence:
              - Article000: "Yulia Peresild"
              - {source: Interview, quote: "Klim Shipenko flew it", value: KlimShipenko}
        """;

    [Fact]
    public async Task EveryConstructInEachSpellingPassesBoth()
    {
        var run = new GeneratorHarness().AddFile("facts.yaml", EveryConstruct).Run();
        run.GeneratorDiagnostics.ShouldBeEmpty(string.Join("\n", run.GeneratorDiagnostics));

        var errors = await ValidateAsync(EveryConstruct);

        errors.ShouldBeEmpty(Describe(errors));
    }

    [Theory]
    [InlineData("sources:\nenums: ~\nrecords:\nconstants: ~\n")]
    [InlineData("typedfacts: 1\n")]
    [InlineData("typedfacts: 1.1\n")]
    [InlineData("{}\n")]
    public async Task EmptySectionsPassBoth(string yaml)
    {
        new GeneratorHarness().AddFile("facts.yaml", yaml).Run().GeneratorDiagnostics.ShouldBeEmpty();

        var errors = await ValidateAsync(yaml);

        errors.ShouldBeEmpty(Describe(errors));
    }

    // ---- invalid files fail both ----

    private const string Source = "sources:\n  A:\n    title: An article\n  B:\n    title: Another article\n";

    private const string PersonKind = "records:\n  Person:\n    fields:\n      name: string\n    entries:\n";

    /// <summary>Structural faults the schema can judge, each with the diagnostic the generator reports for it.</summary>
    public static TheoryData<string, string, string> Invalid => new()
    {
        // top level
        { "an unknown top-level key", "typedfacts: 1\nnamspace: SpaceFilm\n", "TF1003" },
        { "typedfacts: 2", "typedfacts: 2\n", "TF1004" },
        { "a quoted version", "typedfacts: \"1\"\n", "TF1004" },
        { "typedfacts: 1.2", "typedfacts: 1.2\n", "TF1004" },
        { "typedfacts: 1.0", "typedfacts: 1.0\n", "TF1004" },
        { "a root that is a sequence", "- typedfacts: 1\n", "TF1002" },
        { "a namespace with a dash", "namespace: Space-Film\n", "TF2020" },
        { "a namespace with a keyword part", "namespace: SpaceFilm.class\n", "TF2020" },
        { "a namespace starting with a digit", "namespace: 2021.Facts\n", "TF2020" },
        { "a null namespace", "namespace: ~\n", "TF1005" },
        { "a null catalog", "catalog: ~\nconstants:\n  X: 1\n", "TF1005" },
        { "a description that is a mapping", "description: {text: x}\n", "TF1005" },

        // records
        { "records given as a list", "records:\n  - Person\n", "TF1005" },
        { "an unknown key in a kind", "records:\n  Person:\n    fields: {name: string}\n    entires:\n      P: {name: x}\n", "TF1003" },
        { "a kind with neither fields nor entries", "records:\n  Person:\n    description: A person.\n", "TF1010" },
        { "a kind without fields and with empty entries", "records:\n  Person:\n    entries: {}\n", "TF1010" },
        { "a kind without fields and with null entries", "records:\n  Person:\n    entries: ~\n", "TF1010" },
        { "a null kind", "records:\n  Person: ~\n", "TF1005" },
        { "null fields", "records:\n  Person:\n    fields: ~\n    entries:\n      P: {name: x}\n", "TF1005" },
        { "a field spec without type", "records:\n  Person:\n    fields:\n      name: {description: The name}\n    entries:\n      P: {name: x}\n", "TF1010" },
        { "an unknown key in a field spec", "records:\n  Person:\n    fields:\n      name: {type: string, default: x}\n    entries:\n      P: {name: x}\n", "TF1003" },
        { "a null field type", "records:\n  Person:\n    fields:\n      name:\n    entries:\n      P: {name: x}\n", "TF1005" },
        { "a list of nullables as a type", "records:\n  Person:\n    fields:\n      names: \"string?[]\"\n    entries:\n      P: {names: [x]}\n", "TF2001" },
        { "a type with a dot", "records:\n  Person:\n    fields:\n      name: System.String\n    entries:\n      P: {name: x}\n", "TF2001" },
        { "entries given as a list", "records:\n  Person:\n    fields: {name: string}\n    entries:\n      - P\n", "TF1005" },
        { "an entry that is a scalar", PersonKind + "      P: Yulia\n", "TF1005" },
        { "a $other key in an entry", PersonKind + "      P:\n        name: x\n        $evidense: []\n", "TF2012" },
        { "a $ key in an inline value", "records:\n  Point:\n    fields: {x: int}\n  Person:\n    fields: {at: Point}\n    entries:\n      P:\n        at: {x: 1, $evidence: []}\n", "TF2012" },
        { "a $ key in an inline value in a list", "records:\n  Person:\n    entries:\n      P:\n        stops: [{x: 1, $note: y}]\n", "TF2012" },
        { "a null item in a list", "records:\n  Person:\n    fields: {names: \"string[]\"}\n    entries:\n      P: {names: [x, ~]}\n", "TF2016" },
        { "a list in a list", "records:\n  Person:\n    fields: {names: \"string[]\"}\n    entries:\n      P: {names: [[x]]}\n", "TF1005" },

        // evidence
        { "an evidence item with two keys in short form", Source + PersonKind + "      P:\n        name: x\n        $evidence:\n          - {A: one quote, B: another}\n", "TF3007" },
        { "a long-form evidence item without quote", Source + PersonKind + "      P:\n        name: x\n        $evidence:\n          - {source: A, fields: [name]}\n", "TF3007" },
        { "a long-form evidence item without source", Source + PersonKind + "      P:\n        name: x\n        $evidence:\n          - {quote: a quote}\n", "TF3007" },
        { "an unknown key in a long-form evidence item", Source + PersonKind + "      P:\n        name: x\n        $evidence:\n          - {source: A, quote: a quote, page: 3}\n", "TF1003" },
        { "an evidence item that is a scalar", Source + PersonKind + "      P:\n        name: x\n        $evidence:\n          - A\n", "TF3007" },
        { "an empty evidence item", Source + PersonKind + "      P:\n        name: x\n        $evidence:\n          - {}\n", "TF3007" },
        { "a null quote", Source + PersonKind + "      P:\n        name: x\n        $evidence:\n          - A: ~\n", "TF3003" },
        { "a quote that is a list", Source + PersonKind + "      P:\n        name: x\n        $evidence:\n          - {source: A, quote: [a, b]}\n", "TF3007" },
        { "evidence that is not a list", Source + PersonKind + "      P:\n        name: x\n        $evidence: {A: a quote}\n", "TF1005" },
        { "evidence fields that are not a list", Source + PersonKind + "      P:\n        name: x\n        $evidence:\n          - {source: A, quote: a quote, fields: name}\n", "TF1005" },
        { "a claim value with a $ key", "sources:\n  A:\n    title: An article\nrecords:\n  Point:\n    fields: {x: int}\n  Person:\n    fields: {at: Point}\n    entries:\n      P:\n        at: {x: 1}\n        $evidence:\n          - {source: A, quote: q, fields: [at], value: {x: 2, $note: y}}\n", "TF2012" },
        { "a claim value with a null list item", Source + "records:\n  Person:\n    fields: {names: \"string[]\"}\n    entries:\n      P:\n        names: [x]\n        $evidence:\n          - {source: A, quote: q, fields: [names], value: [y, ~]}\n", "TF2016" },

        // sources
        { "an unknown key in a source", "sources:\n  A:\n    title: An article\n    author: Someone\n", "TF1003" },
        { "a source without title", "sources:\n  A:\n    file: seeds/a.txt\n", "TF2011" },
        { "a source with a null title", "sources:\n  A:\n    title: ~\n", "TF1005" },
        { "a source that is a scalar", "sources:\n  A: An article\n", "TF1005" },
        { "sources given as a list", "sources:\n  - A\n", "TF1005" },
        { "a publication date that is not yyyy-MM-dd", "sources:\n  A:\n    title: An article\n    published: 17.10.2021\n", "TF2002" },
        { "a publication month that does not exist", "sources:\n  A:\n    title: An article\n    published: 2021-13\n", "TF2002" },
        { "a publication year of five digits", "sources:\n  A:\n    title: An article\n    published: 20211\n", "TF2002" },
        { "a publication date in words", "sources:\n  A:\n    title: An article\n    published: October 2021\n", "TF2002" },
        { "a relative url", "sources:\n  A:\n    title: An article\n    url: /articles/1\n", "TF2002" },

        // enums
        { "an enum without members", "enums:\n  Role: []\n", "TF1010" },
        { "an enum mapping without members", "enums:\n  Role:\n    description: A role.\n", "TF1010" },
        { "an enum mapping of members without 'members'", "enums:\n  Role:\n    Actress: A film actress.\n", "TF1003" },
        { "an enum with empty members", "enums:\n  Role:\n    members: {}\n", "TF1010" },
        { "an enum that is a scalar", "enums:\n  Role: Actress\n", "TF1005" },
        { "an enum member with two pairs", "enums:\n  Role:\n    - {Actress: x, Director: y}\n", "TF1005" },
        { "a null enum member", "enums:\n  Role: [Actress, ~]\n", "TF1005" },

        // constants
        { "a constant mapping without value", "constants:\n  Days: {type: int}\n", "TF1010" },
        { "an unknown key in a constant", "constants:\n  Days: {value: 12, unit: days}\n", "TF1003" },
        { "a $other key in a constant", "constants:\n  Days: {value: 12, $evidense: []}\n", "TF2012" },
        { "a null constant", "constants:\n  Days: ~\n", "TF2023" },
        { "a constant list of mappings", "constants:\n  Days: [{value: 12}]\n", "TF2023" },
        { "a null constant type", "constants:\n  Days: {value: 12, type: ~}\n", "TF1005" },
        { "constants given as a list", "constants:\n  - Days\n", "TF1005" },
        { "an evidence note that is a mapping", Source + "constants:\n  X: {value: 1, $evidence: [{source: A, quote: q, note: {a: b}}]}\n", "TF1005" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task AStructuralFaultIsRejectedByTheSchemaAndTheGenerator(string fault, string yaml, string id)
    {
        var errors = await ValidateAsync(yaml);
        var run = new GeneratorHarness().AddFile("facts.yaml", yaml).Run();

        errors.ShouldNotBeEmpty($"the schema accepts {fault}");
        run.GeneratorDiagnostics.Select(d => d.Id).ShouldContain(id, $"{fault}: {string.Join("; ", run.GeneratorDiagnostics)}");
    }

    // ---- where they disagree ----

    /// <summary>
    /// Known disagreements on input the schema does judge, pinned so that a change on either
    /// side is noticed (and docs/format.md, this table and the schema are brought into line).
    /// schemaAccepts: the schema's verdict; id: the generator's diagnostic, or null when it
    /// accepts without one. Disagreements on what the schema cannot judge (references, types
    /// against values, quotes, identifier collisions) are not listed.
    /// </summary>
    public static TheoryData<string, string, bool, string?> Disagreements => new()
    {
        // YAML 1.2 reads 0x1 as the number 1, as an editor does; the generator wants the text "1".
        // (typedfacts: 1.0 is the same case in an editor, whose JSON has no integer/float
        // distinction; the converter here keeps 1.0 a float, so NJsonSchema rejects it like the generator.)
        { "typedfacts in hexadecimal", "typedfacts: 0x1\n", true, "TF1004" },
        // 1.10 is the number 1.1 to JSON; the generator reads the text, which is not '1.1'.
        { "typedfacts: 1.10", "typedfacts: 1.10\n", true, "TF1004" },
        // JSON Schema cannot see quotes: a quoted date is a string to both, but the generator wants it plain.
        { "a quoted publication date", "sources:\n  A:\n    title: t\n    published: \"2021-10-17\"\n", true, "TF2002" },
        // The pattern checks the shape of a date, not the calendar.
        { "a publication date that does not exist", "sources:\n  A:\n    title: t\n    published: 2021-02-29\n", true, "TF2002" },
        // The schema's identifier patterns let every non-ASCII character through; the generator wants letters and digits.
        { "a namespace with a typographic apostrophe", "namespace: Space’Film\n", true, "TF2020" },
        // YAML booleans are not strings to the schema, but the generator reads their text: True is a valid identifier.
        { "a boolean namespace", "namespace: True\n", false, null },
        { "a boolean catalog name", "catalog: true\nconstants:\n  X: 1\n", false, null },
        { "a boolean enum member", "enums:\n  E: [true, b]\n", false, null },
        { "a boolean field name in evidence", Source + "records:\n  K:\n    fields: {\"true\": int?}\n    entries:\n      E: {$evidence: [{source: A, quote: q, fields: [true]}]}\n", false, null },
    };

    [Theory]
    [MemberData(nameof(Disagreements))]
    public async Task AKnownDisagreementIsStillTheSame(string @case, string yaml, bool schemaAccepts, string? id)
    {
        var errors = await ValidateAsync(yaml);
        var diagnostics = new GeneratorHarness().AddFile("facts.yaml", yaml).Run().GeneratorDiagnostics.Select(d => d.Id).ToList();

        (errors.Count == 0).ShouldBe(schemaAccepts, $"{@case}: {Describe(errors)}");
        if (id is null)
        {
            diagnostics.ShouldBeEmpty(@case);
        }
        else
        {
            diagnostics.ShouldContain(id, @case);
        }
    }

    // ---- the YAML to JSON converter these tests rely on ----

    [Theory]
    [InlineData("a: 1", """{"a":1}""")]
    [InlineData("a: -12", """{"a":-12}""")]
    [InlineData("a: +007", """{"a":7}""")]
    [InlineData("a: 12345678901234567890", """{"a":12345678901234567890}""")]
    [InlineData("a: 0x1F", """{"a":31}""")]
    [InlineData("a: 0o17", """{"a":15}""")]
    [InlineData("a: 1.0", """{"a":1.0}""")]
    [InlineData("a: .5", """{"a":0.5}""")]
    [InlineData("a: -5.", """{"a":-5.0}""")]
    [InlineData("a: 6.02E+23", """{"a":6.02e+23}""")]
    [InlineData("a: '1'", """{"a":"1"}""")]
    [InlineData("a: \"1\"", """{"a":"1"}""")]
    [InlineData("a: ! 1", """{"a":"1"}""")]
    [InlineData("a: true", """{"a":true}""")]
    [InlineData("a: FALSE", """{"a":false}""")]
    [InlineData("a: 'true'", """{"a":"true"}""")]
    [InlineData("a: yes", """{"a":"yes"}""")]
    [InlineData("a: off", """{"a":"off"}""")]
    [InlineData("a: ~", """{"a":null}""")]
    [InlineData("a: Null", """{"a":null}""")]
    [InlineData("a:", """{"a":null}""")]
    [InlineData("a: 'null'", """{"a":"null"}""")]
    [InlineData("a: ''", """{"a":""}""")]
    [InlineData("a: .inf", """{"a":".inf"}""")]
    [InlineData("a: 2021-10-17", """{"a":"2021-10-17"}""")]
    [InlineData("a: 1,000", """{"a":"1,000"}""")]
    [InlineData("a: 12 days", """{"a":"12 days"}""")]
    [InlineData("a: 1.2.3", """{"a":"1.2.3"}""")]
    [InlineData("a: |\n  two\n  lines\n", """{"a":"two\nlines\n"}""")]
    [InlineData("a: [1, x, {b: ~}, []]", """{"a":[1,"x",{"b":null},[]]}""")]
    [InlineData("1: one\n$evidence: [A: q]", """{"1":"one","$evidence":[{"A":"q"}]}""")]
    [InlineData("~", "null")]
    [InlineData("--- [1]\n...\n", "[1]")]
    public void TheConverterReadsScalarsAsTheYaml12CoreSchemaDoes(string yaml, string json)
    {
        YamlJson.TryConvert(yaml, out var root).ShouldBeTrue();

        Canonical(root).ShouldBe(Canonical(JsonNode.Parse(json)));
    }

    [Fact]
    public void TheConverterKeepsTheTextOfNumbers()
    {
        YamlJson.TryConvert("a: 1.0\nb: 1\nc: 1e3", out var root).ShouldBeTrue();

        root!.ToJsonString().ShouldBe("""{"a":1.0,"b":1,"c":1e3}""");
        root["a"]!.GetValueKind().ShouldBe(JsonValueKind.Number);
        root["c"]!.GetValue<double>().ShouldBe(1000d);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("\n\n")]
    public void TheConverterFindsNoDocumentInAnEmptyFile(string yaml)
        => YamlJson.TryConvert(yaml, out _).ShouldBeFalse();

    [Theory]
    [InlineData("a: 1\na: 2\n")] // a duplicate key
    [InlineData("a: &x 1\nb: *x\n")] // an anchor and an alias
    [InlineData("a: !!str 1\n")] // a tag
    [InlineData("<<: {a: 1}\n")] // a merge key
    [InlineData("? [a]\n: 1\n")] // a key that is not a scalar
    [InlineData("a: 1\n---\nb: 2\n")] // a second document
    public void TheConverterRejectsWhatTheFormatRejects(string yaml)
        => Should.Throw<Exception>(() => YamlJson.TryConvert(yaml, out _));

    private static string Canonical(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject obj => "{" + string.Join(",", obj.Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray array => "[" + string.Join(",", array.Select(Canonical)) + "]",
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => "n:" + decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    // ---- helpers ----

    private static async Task<ICollection<ValidationError>> ValidateAsync(string yaml)
    {
        YamlJson.TryConvert(yaml, out var root).ShouldBeTrue("the test input has no YAML document");
        var schema = await s_schema.Value;
        return schema.Validate(root?.ToJsonString() ?? "null");
    }

    private static string Describe(IEnumerable<ValidationError> errors) => string.Join("\n", errors.Select(e => e.ToString()));
}

/// <summary>
/// Turns one YAML document into a JSON tree the way an editor's YAML language server sees it:
/// YAML 1.2 core schema. A plain scalar is null (<c>~</c>, <c>null</c>, <c>Null</c>,
/// <c>NULL</c>, empty), a bool (<c>true</c>, <c>True</c>, <c>TRUE</c> and the same for false),
/// an integer (decimal, <c>0o</c> octal, <c>0x</c> hex), a float, or else a string; a quoted or
/// block scalar, or one tagged with the non-specific <c>!</c>, is always a string. Numbers keep
/// their text (<c>1.0</c> stays a float). <c>.inf</c> and <c>.nan</c>, which JSON cannot hold,
/// stay strings. Like the generator, it refuses anchors, aliases, merge keys, other tags,
/// duplicate keys, keys that are not scalars and a second document.
/// </summary>
internal static class YamlJson
{
    private const int MaxDepth = 256;

    private static readonly Regex s_decimal = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_octal = new(@"^0o[0-7]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_hex = new(@"^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>False when the text holds no document at all (empty, or only comments).</summary>
    public static bool TryConvert(string yaml, out JsonNode? root)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
        {
            root = null;
            return false;
        }

        parser.Consume<DocumentStart>();
        root = ReadNode(parser, 0);
        parser.Consume<DocumentEnd>();
        if (!parser.Accept<StreamEnd>(out _))
        {
            throw new FormatException("A fact file holds one YAML document.");
        }

        return true;
    }

    private static JsonNode? ReadNode(IParser parser, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException("The YAML nests too deeply.");
        }

        var parsingEvent = parser.Consume<ParsingEvent>();
        if (parsingEvent is AnchorAlias)
        {
            throw new NotSupportedException("Aliases are not part of the fact-file format.");
        }

        var node = parsingEvent as NodeEvent ?? throw new FormatException("Expected a YAML node, found " + parsingEvent.GetType().Name + ".");
        if (!node.Anchor.IsEmpty)
        {
            throw new NotSupportedException("Anchors are not part of the fact-file format.");
        }

        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
        {
            throw new NotSupportedException("Tags are not part of the fact-file format: " + node.Tag.Value);
        }

        switch (node)
        {
            case Scalar scalar:
                return ReadScalar(scalar);

            case SequenceStart:
                var array = new JsonArray();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    array.Add(ReadNode(parser, depth + 1));
                }

                return array;

            case MappingStart:
                var mapping = new JsonObject();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    if (!parser.TryConsume<Scalar>(out var key))
                    {
                        throw new NotSupportedException("Mapping keys are scalars in a fact file.");
                    }

                    if (!key.Anchor.IsEmpty || !key.Tag.IsEmpty)
                    {
                        throw new NotSupportedException("Anchors and tags are not part of the fact-file format.");
                    }

                    if (key.Style == ScalarStyle.Plain && key.Value == "<<")
                    {
                        throw new NotSupportedException("Merge keys are not part of the fact-file format.");
                    }

                    var value = ReadNode(parser, depth + 1);
                    if (!mapping.TryAdd(key.Value, value))
                    {
                        throw new FormatException("Duplicate key '" + key.Value + "'.");
                    }
                }

                return mapping;

            default:
                throw new FormatException("Unexpected YAML event " + node.GetType().Name + ".");
        }
    }

    private static JsonNode? ReadScalar(Scalar scalar)
    {
        var text = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain || scalar.Tag.IsNonSpecific)
        {
            return JsonValue.Create(text);
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (s_decimal.IsMatch(text))
        {
            return Number(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }

        if (s_octal.IsMatch(text))
        {
            var value = BigInteger.Zero;
            foreach (var digit in text.AsSpan(2))
            {
                value = (value * 8) + (digit - '0');
            }

            return Number(value.ToString(CultureInfo.InvariantCulture));
        }

        if (s_hex.IsMatch(text))
        {
            return Number(BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }

        if (s_float.IsMatch(text))
        {
            return Number(JsonFloat(text));
        }

        return JsonValue.Create(text);
    }

    /// <summary>A YAML float (<c>.5</c>, <c>+5.</c>, <c>007.50e+3</c>) in JSON's stricter spelling, still a float.</summary>
    private static string JsonFloat(string text)
    {
        var negative = text[0] == '-';
        var body = text.TrimStart('+', '-');
        var e = body.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? body : body[..e];
        var exponent = e < 0 ? string.Empty : "e" + body[(e + 1)..];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = (dot < 0 ? mantissa : mantissa[..dot]).TrimStart('0');
        var fraction = dot < 0 ? string.Empty : "." + (dot == mantissa.Length - 1 ? "0" : mantissa[(dot + 1)..]);
        return (negative ? "-" : string.Empty) + (whole.Length == 0 ? "0" : whole) + fraction + exponent;
    }

    private static JsonNode Number(string json) => JsonNode.Parse(json) ?? throw new FormatException("Not a number: " + json);
}
