using System.Globalization;
using Microsoft.CodeAnalysis;
using Shouldly;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// SPEC 4: every problem in a fact file is a diagnostic located in that file, on the YAML node
/// that is wrong, and every id of the catalog is documented in docs/diagnostics.md. One small
/// fact file per id (several for ids with several causes); each expected line and column is
/// 1-based and points at the start of the offending node, as <c>dotnet build</c> prints it.
/// </summary>
public sealed class DiagnosticCatalogTests
{
    /// <summary>TF9001 cannot be caused by a fact file on purpose: it is covered by its own test.</summary>
    private const string InternalErrorId = "TF9001";

    /// <summary>
    /// One fact file (and whatever else the project holds) that causes exactly one diagnostic.
    /// <paramref name="Mentions"/> is a piece of the message that shows it names the right thing.
    /// </summary>
    public sealed record CatalogCase(
        string Id,
        string Situation,
        DiagnosticSeverity Severity,
        string Path,
        int Line,
        int Column,
        string Mentions,
        params (string Path, string Text)[] Files)
    {
        public Dictionary<string, string> Properties { get; init; } = [];

        public bool ReferencesRuntime { get; init; } = true;

        public GeneratorRun Run()
        {
            var harness = new GeneratorHarness { ReferencesRuntime = ReferencesRuntime };
            foreach (var (path, text) in Files)
            {
                harness.AddFile(path, text);
            }

            foreach (var (name, value) in Properties)
            {
                harness.Property(name, value);
            }

            return harness.Run();
        }
    }

    private static CatalogCase Yaml(string id, string situation, DiagnosticSeverity severity, int line, int column, string mentions, string yaml)
        => new(id, situation, severity, "facts.yaml", line, column, mentions, ("facts.yaml", yaml));

    private static CatalogCase Error(string id, string situation, int line, int column, string mentions, string yaml)
        => Yaml(id, situation, DiagnosticSeverity.Error, line, column, mentions, yaml);

    /// <summary>A kind with many one-line entries, for the limit on static properties.</summary>
    private static string ManyEntries(int count)
        => "records:\n  Item:\n    fields: {n: int}\n    entries:\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"      E{i}: {{n: {i}}}\n"));

    private const string ArticleText = "Yulia Peresild, 37, and Klim Shipenko, 38, landed as planned in Kazakhstan's steppe at 0436 GMT.\n";

    private static readonly Dictionary<string, string> s_requireEvidence = new() { ["TypedFactsRequireEvidence"] = "true" };

    private static readonly Dictionary<string, string> s_requireFieldEvidence = new() { ["TypedFactsRequireEvidence"] = "fields" };

    /// <summary>The table: every id of the catalog (but TF9001) with the fact files that cause it.</summary>
    public static readonly IReadOnlyList<CatalogCase> Cases =
    [
        // ---------------------------------------------------------------- TF1xxx: syntax, structure, limits

        // Line 6 is indented by 7 spaces, between the entry (6) and its fields (8): 'age' is at column 8.
        Error("TF1001", "a key indented less than its siblings", 6, 8, "not valid YAML", """
            records:
              Person:
                entries:
                  YuliaPeresild:
                    name: Yulia Peresild
                   age: 37
            """),

        // SPEC 2.1: '[' and ']' are flow indicators, so the type needs quotes in a flow mapping;
        // '    fields: {name: string, crew: ' is 33 characters: the type is at column 34.
        Error("TF1001", "a list type unquoted in a flow mapping", 3, 34, "the type 'Person[]' must be quoted there: write \"Person[]\"", """
            records:
              Mission:
                fields: {name: string, crew: Person[]}
                entries:
                  FilmCrewFlight: {name: Soyuz MS-18, crew: []}
            """),

        // A compilation that references the generator but not the runtime library: reported at the top of each fact file.
        Error("TF1012", "a compilation without the runtime library", 1, 1, "TypedFacts.dll", """
            records:
              Person:
                entries:
                  YuliaPeresild: {age: 37}
            """) with { ReferencesRuntime = false },

        Error("TF1002", "a root that is a sequence", 1, 1, "found a sequence", """
            - YuliaPeresild
            - KlimShipenko
            """),
        Error("TF1002", "a root that is a single value", 1, 1, "the scalar 'Yulia Peresild'", """
            Yulia Peresild
            """),

        Error("TF1003", "a misspelt top-level key", 2, 1, "'record'", """
            namespace: SpaceFilm
            record:
              Person:
                entries:
                  YuliaPeresild: {name: Yulia Peresild}
            """),
        Error("TF1003", "a misspelt key of a record kind", 3, 5, "'descripton' in the record kind 'Person'", """
            records:
              Person:
                descripton: A person named in the articles.
                entries:
                  YuliaPeresild: {name: Yulia Peresild}
            """),
        // '{' is at column 13 of line 10: 'source:' 14-20, 'Article000' 22-31, 'quote:' 34-39, the quote 41-60, 'not' 63.
        Error("TF1003", "a misspelt key of a long evidence item", 10, 63, "'not' in an evidence item", """
            sources:
              Article000:
                title: Russians return to Earth
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
                    $evidence:
                      - {source: Article000, quote: "Yulia Peresild, 37", not: age at landing}
            """),

        // 'typedfacts: ' is 12 characters: the value starts at column 13.
        Error("TF1004", "a version other than 1", 1, 13, "'2'", """
            typedfacts: 2
            namespace: SpaceFilm
            """),

        // 'records: ' is 9 characters: the sequence starts at column 10.
        Error("TF1005", "a sequence where a mapping is expected", 2, 10, "Expected a mapping for 'records', but found a sequence", """
            namespace: SpaceFilm
            records: [Person, Mission]
            """),
        Error("TF1005", "a single value where evidence items are expected", 6, 20, "'$evidence'", """
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
                    $evidence: "Yulia Peresild, 37"
            """),

        // '        role: ' is 14 characters: the anchor (part of the node) starts at column 15.
        Error("TF1006", "an anchor", 5, 15, "'&actor'", """
            records:
              Person:
                entries:
                  YuliaPeresild:
                    role: &actor Actress
                  KlimShipenko:
                    role: Director
            """),
        Error("TF1006", "an alias", 7, 15, "'*actor'", """
            records:
              Person:
                entries:
                  YuliaPeresild:
                    role: Actress
                  KlimShipenko:
                    role: *actor
            """),
        Error("TF1006", "a merge key", 7, 9, "'<<'", """
            records:
              Person:
                entries:
                  YuliaPeresild:
                    role: Actress
                  KlimShipenko:
                    <<: {role: Director}
            """),
        Error("TF1006", "a tag", 5, 14, "tag:yaml.org,2002:int", """
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: !!int 37
            """),

        // '  Deep: ' is 8 characters, so the n-th '[' is at column 8 + n. The root mapping is level 1,
        // 'constants' level 2, the n-th sequence level n + 2: the 63rd (column 71) is level 65.
        Error("TF1007", "a value nested 72 levels deep", 3, 71, "deeper than 64 levels",
            "namespace: SpaceFilm\nconstants:\n  Deep: " + new string('[', 70) + new string(']', 70) + "\n"),

        Error("TF1008", "a field written twice in one entry", 6, 9, "(first on line 5)", """
            records:
              Person:
                entries:
                  YuliaPeresild:
                    name: Yulia Peresild
                    name: Julia Peresild
            """),

        Error("TF1009", "a second YAML document", 2, 1, "'---'", """
            namespace: SpaceFilm
            ---
            namespace: SpaceFilm.Extra
            """),

        Error("TF1010", "a record kind with neither fields nor entries", 2, 3, "The record kind 'Mission' is empty", """
            records:
              Mission:
                description: A crewed spaceflight.
            """),
        Error("TF1010", "an entity kind whose entries are empty", 2, 3, "The record kind 'Person' is empty", """
            records:
              Person:
                entries:
            """),
        Error("TF1010", "an enum without members", 2, 3, "The enum 'Role' is empty", """
            enums:
              Role:
                description: What a person does on the mission.
            """),
        Error("TF1010", "an enum with an empty member list", 2, 9, "The enum 'Role' is empty", """
            enums:
              Role: []
            """),
        Error("TF1010", "a field with no type", 4, 7, "The field 'age' is empty", """
            records:
              Person:
                fields:
                  age: {description: Age in years on the landing day}
                entries:
                  YuliaPeresild: {age: 37}
            """),
        // '  DaysOnStation: ' is 17 characters: the mapping starts at column 18.
        Error("TF1010", "a constant written as a mapping without a value", 2, 18, "The constant 'DaysOnStation' is empty", """
            constants:
              DaysOnStation: {type: int}
            """),

        // The kind's name, on line 2 at column 3; the file itself is made by ManyEntries.
        Yaml("TF1011", "a kind with more entries than can get static properties", DiagnosticSeverity.Warning, 2, 3, "only the first 50,000 get a static property", ManyEntries(50_001)),

        // ---------------------------------------------------------------- TF2xxx: names, types, values, references

        // '      name: ' is 12 characters.
        Error("TF2001", "a misspelt built-in type", 4, 13, "'strng'", """
            records:
              Person:
                fields:
                  name: strng
                entries:
                  YuliaPeresild: {name: Yulia Peresild}
            """),
        Error("TF2001", "a list of a misspelt kind", 5, 17, "'Mision[]'", """
            records:
              Person:
                fields:
                  name: string
                  missions: Mision[]
                entries:
                  YuliaPeresild: {name: Yulia Peresild, missions: []}
              Mission:
                entries:
                  FilmCrewFlight: {vehicle: Soyuz MS-19}
            """),

        // '        age: ' is 13 characters.
        Error("TF2002", "text for an int field", 9, 14, "'thirty-seven'", """
            records:
              Person:
                fields:
                  name: string
                  age: int
                entries:
                  YuliaPeresild:
                    name: Yulia Peresild
                    age: thirty-seven
            """),
        Error("TF2002", "a quoted number for an int field", 9, 14, "a quoted value is always a string", """
            records:
              Person:
                fields:
                  name: string
                  age: int
                entries:
                  YuliaPeresild:
                    name: Yulia Peresild
                    age: "37"
            """),
        Error("TF2002", "'no' for a bool field", 7, 20, "only 'true' and 'false' are booleans", """
            records:
              Person:
                fields:
                  cosmonaut: bool
                entries:
                  YuliaPeresild:
                    cosmonaut: no
            """),
        Error("TF2002", "an impossible date of a source", 4, 16, "'2021-10-32'", """
            sources:
              Article000:
                title: Russians return to Earth
                published: 2021-10-32
            """),

        // '        date: ' is 14 characters.
        Error("TF2002", "a partial date with a month that does not exist", 7, 15, "'2021-13'", """
            records:
              Event:
                fields:
                  date: partialdate
                entries:
                  Casting:
                    date: 2021-13
            """),
        Error("TF2002", "a partial publication date in words", 4, 16, "'October 2021'", """
            sources:
              Article000:
                title: Russians return to Earth
                published: October 2021
            """),
        // '          - {source: A, quote: q, fields: [age], value: ' is 56 characters: the claim's value is at column 57.
        Error("TF2002", "a claim value not of its field's type", 12, 57, "'thirty-eight'", """
            sources:
              A:
                title: An article
            records:
              Person:
                fields: {age: int}
                entries:
                  YuliaPeresild:
                    age: 37
                    $evidence:
                      - {source: A, quote: q, fields: [age]}
                      - {source: A, quote: q, fields: [age], value: thirty-eight}
            """),

        // '        landed: ' is 16 characters.
        Error("TF2003", "a date-time without offset", 7, 17, "'2021-10-17T04:36:00'", """
            records:
              Mission:
                fields:
                  landed: datetime
                entries:
                  FilmCrewReturn:
                    landed: 2021-10-17T04:36:00
            """),

        Error("TF2004", "an ISO duration in months", 7, 19, "uses months", """
            records:
              Mission:
                fields:
                  duration: duration
                entries:
                  FilmCrewFlight:
                    duration: P1M
            """),
        // '  FilmingTime: {value: ' is 23 characters.
        Error("TF2004", "a duration in years written out", 2, 24, "uses years", """
            constants:
              FilmingTime: {value: 1 year, type: duration}
            """),

        Error("TF2005", "an int field holding more than int.MaxValue", 7, 17, "out of range for int", """
            records:
              Film:
                fields:
                  budget: int
                entries:
                  TheChallenge:
                    budget: 3000000000
            """),
        Error("TF2005", "a duration longer than TimeSpan can hold", 7, 19, "'P99999999999999D'", """
            records:
              Mission:
                fields:
                  duration: duration
                entries:
                  FilmCrewFlight:
                    duration: P99999999999999D
            """),

        Error("TF2010", "a misspelt field of a declared kind", 9, 9, "'rol' is not a field of Person", """
            records:
              Person:
                fields:
                  name: string
                  role: string?
                entries:
                  YuliaPeresild:
                    name: Yulia Peresild
                    rol: Actress
            """),

        // Located on the entry's id, the node that lacks the field.
        Error("TF2011", "an entry without a required field", 7, 7, "the required field 'age' (int)", """
            records:
              Person:
                fields:
                  name: string
                  age: int
                entries:
                  YuliaPeresild:
                    name: Yulia Peresild
            """),
        Error("TF2011", "a source without a title", 2, 3, "'title'", """
            sources:
              Article000:
                published: 2021-10-17
            """),

        Error("TF2012", "a misspelt $evidence key of an entry", 6, 9, "'$evidnce'", """
            records:
              Person:
                entries:
                  YuliaPeresild:
                    name: Yulia Peresild
                    $evidnce: []
            """),
        // A value of a value kind is no entry, but a '$' key in it is still not a field: it must not vanish silently.
        // '        landing: {lat: 47.3, lon: 67.6, ' is 40 characters.
        Error("TF2012", "a misspelt $evidence key inside an inline value", 11, 41, "'$evidnce'", """
            records:
              Coordinates:
                fields:
                  lat: double
                  lon: double
              Place:
                fields:
                  landing: Coordinates
                entries:
                  Zhezkazgan:
                    landing: {lat: 47.3, lon: 67.6, $evidnce: x}
            """),
        // '  DaysOnStation: {value: 12, ' is 29 characters.
        Error("TF2012", "an unknown $ key of a constant", 2, 30, "'$source'", """
            constants:
              DaysOnStation: {value: 12, $source: Article001}
            """),

        // '        role: ' is 14 characters.
        Error("TF2013", "a misspelt enum member", 9, 15, "'Actres' is not a member of the enum Role", """
            enums:
              Role: [Actress, Director, Cosmonaut]
            records:
              Person:
                fields:
                  role: Role
                entries:
                  YuliaPeresild:
                    role: Actres
            """),

        // '        missions: [' is 19 characters: the id in the sequence starts at column 20.
        Error("TF2014", "a misspelt id in a list of references", 10, 20, "No Mission has the id 'FilmCrewFlght'", """
            records:
              Mission:
                entries:
                  FilmCrewFlight: {vehicle: Soyuz MS-19}
              Person:
                fields:
                  missions: Mission[]
                entries:
                  YuliaPeresild:
                    missions: [FilmCrewFlght]
            """),

        // '          - {source: A, quote: q, fields: [role], value: ' is 57 characters.
        Error("TF2013", "a claim of a misspelt enum member", 13, 58, "'Directr' is not a member of the enum Role", """
            sources:
              A:
                title: An article
            enums:
              Role: [Actress, Director]
            records:
              Person:
                fields: {role: Role}
                entries:
                  YuliaPeresild:
                    role: Actress
                    $evidence:
                      - {source: A, quote: q, fields: [role], value: Directr}
            """),
        // '          - {source: A, quote: q, fields: [missions], value: [FilmCrewFlight, ' is 78 characters; the
        // claim is dropped, so it is not also compared with the adopted value (TF3010).
        Error("TF2014", "a claim of an unknown reference id", 15, 79, "No Mission has the id 'FilmCrewLanch'", """
            sources:
              A:
                title: An article
            records:
              Mission:
                entries:
                  FilmCrewFlight: {vehicle: Soyuz MS-18}
              Person:
                fields:
                  missions: Mission[]
                entries:
                  YuliaPeresild:
                    missions: [FilmCrewFlight]
                    $evidence:
                      - {source: A, quote: q, fields: [missions], value: [FilmCrewFlight, FilmCrewLanch]}
            """),
        // '      - {source: A, quote: q, value: ' is 37 characters.
        Error("TF2004", "a constant's claim of a duration in months", 9, 38, "uses months", """
            sources:
              A:
                title: An article
            constants:
              DaysOnStation:
                value: P12D
                type: duration
                $evidence:
                  - {source: A, quote: q, value: P1M}
            """),

        // Located on the second value, the one that breaks the type inferred from the first.
        Error("TF2015", "an inferred field that is an int in one entry and text in another", 7, 14, "on line 5", """
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
                  KlimShipenko:
                    age: thirty-eight
            """),

        Error("TF2016", "null for a string field", 7, 15, "'name' is string", """
            records:
              Person:
                fields:
                  name: string
                entries:
                  YuliaPeresild:
                    name: null
            """),
        // '        aliases: [Yulia, ' is 25 characters.
        Error("TF2016", "null inside a list", 7, 26, "an item of 'aliases'", """
            records:
              Person:
                fields:
                  aliases: string[]
                entries:
                  YuliaPeresild:
                    aliases: [Yulia, ~]
            """),

        Error("TF2020", "an entry id that starts with a digit", 4, 7, "'1st-crewed-flight'", """
            records:
              Mission:
                entries:
                  1st-crewed-flight:
                    vehicle: Vostok 1
            """),
        Error("TF2020", "a namespace with a space", 1, 12, "'Space Film'", """
            namespace: Space Film
            records:
              Mission:
                entries:
                  FilmCrewFlight: {vehicle: Soyuz MS-19}
            """),

        // Located on the second of the two, naming the line of the first.
        Error("TF2021", "two entry ids that become the same C# name", 6, 7, "'SoyuzMs18' and 'soyuz-ms-18' (line 4)", """
            records:
              Spacecraft:
                entries:
                  soyuz-ms-18:
                    crew: 3
                  SoyuzMs18:
                    crew: 3
            """),
        Error("TF2021", "two field names that become the same C# name", 5, 7, "'first_name' and 'first-name' (line 4)", """
            records:
              Person:
                fields:
                  first-name: string
                  first_name: string?
                entries:
                  YuliaPeresild: {first-name: Yulia}
            """),
        Error("TF2021", "two record kinds that become the same C# name", 5, 3, "'mission' and 'Mission' (line 2)", """
            records:
              Mission:
                entries:
                  FilmCrewFlight: {vehicle: Soyuz MS-19}
              mission:
                entries:
                  FilmCrewReturn: {vehicle: Soyuz MS-18}
            """),
        Error("TF2021", "an enum and a record kind of the same name", 4, 3, "'Role' and 'Role' (line 2)", """
            enums:
              Role: [Actress, Director]
            records:
              Role:
                entries:
                  Lead: {title: Lead actress}
            """),

        Error("TF2022", "an entry id that is a generated member", 4, 7, "'All'", """
            records:
              Person:
                entries:
                  All:
                    name: The whole crew
            """),
        Error("TF2022", "a field whose property would be Id", 4, 7, "'Id'", """
            records:
              Person:
                fields:
                  id: string
                entries:
                  YuliaPeresild: {id: yulia}
            """),
        Error("TF2022", "a record kind named like the built-in FactSource", 2, 3, "'FactSource'", """
            records:
              FactSource:
                entries:
                  Article000: {title: Russians return to Earth}
            """),

        // Located on the field's key (its first occurrence): the type of the field is what is missing.
        Error("TF2023", "an inferred sequence of sequences", 5, 9, "'corners'", """
            records:
              Place:
                entries:
                  Baikonur:
                    corners: [[45.6, 63.3], [46.0, 63.4]]
            """),
        Error("TF2023", "a constant that is null", 2, 13, "'CrewSize'", """
            constants:
              CrewSize: ~
            """),

        // ---------------------------------------------------------------- TF3xxx: sources, evidence, quotes

        // '          - ' is 12 characters: the source id (the key of the short form) is at column 13.
        Error("TF3001", "evidence citing a misspelt source", 10, 13, "'Article00'", """
            sources:
              Article000:
                title: Russians return to Earth
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
                    $evidence:
                      - Article00: "Yulia Peresild, 37"
            """),

        // '          - Article000: ' is 24 characters: the quote starts at column 25.
        new("TF3002", "a quote that is not in its source", DiagnosticSeverity.Error, "facts.yaml", 11, 25, "the closest passage is \"Yulia Peresild, 37",
            ("facts.yaml", """
                sources:
                  Article000:
                    file: seeds/article.txt
                    title: Russians return to Earth
                records:
                  Person:
                    entries:
                      YuliaPeresild:
                        age: 37
                        $evidence:
                          - Article000: "Yulia Peresild, 36"
                """),
            ("seeds/article.txt", ArticleText)),

        Error("TF3003", "an empty quote", 10, 25, "Article000", """
            sources:
              Article000:
                title: Russians return to Earth
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
                    $evidence:
                      - Article000: ""
            """),
        Error("TF3003", "a quote of white space only", 10, 25, "Article000", """
            sources:
              Article000:
                title: Russians return to Earth
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
                    $evidence:
                      - Article000: "   "
            """),

        // Located on the 'file' value that is not among the AdditionalFiles ('    file: ' is 10 characters).
        Yaml("TF3004", "a source file that is not an AdditionalFile", DiagnosticSeverity.Warning, 3, 11, "'seeds/article.txt'", """
            sources:
              Article000:
                file: seeds/article.txt
                title: Russians return to Earth
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
                    $evidence:
                      - Article000: "Yulia Peresild, 37"
            """),

        // The fact file writes 'Seeds/', the AdditionalFile is 'seeds/': accepted, with a warning on the 'file' value.
        new("TF3008", "a source file whose path differs only in letter case", DiagnosticSeverity.Warning, "facts.yaml", 3, 11, "write the path as 'seeds/article.txt'",
            ("facts.yaml", """
                sources:
                  Article000:
                    file: Seeds/article.txt
                    title: Russians return to Earth
                records:
                  Person:
                    entries:
                      YuliaPeresild:
                        age: 37
                        $evidence:
                          - Article000: "Yulia Peresild, 37"
                """),
            ("seeds/article.txt", ArticleText)),

        // '            fields: [' is 21 characters.
        Error("TF3005", "evidence naming a misspelt field", 12, 22, "'agee', which is not a field of Person", """
            sources:
              Article000:
                title: Russians return to Earth
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
                    $evidence:
                      - source: Article000
                        quote: "Yulia Peresild, 37"
                        fields: [agee]
            """),

        Yaml("TF3006", "an entry without evidence when evidence is required", DiagnosticSeverity.Warning, 4, 7, "The Person entry 'YuliaPeresild'", """
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
            """) with { Properties = s_requireEvidence },
        Yaml("TF3006", "a constant without evidence when evidence is required", DiagnosticSeverity.Warning, 2, 3, "The constant 'DaysOnStation'", """
            constants:
              DaysOnStation: 12
            """) with { Properties = s_requireEvidence },

        Error("TF3007", "an evidence item that is only a quote", 10, 13, "found the scalar 'Yulia Peresild, 37'", """
            sources:
              Article000:
                title: Russians return to Earth
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
                    $evidence:
                      - "Yulia Peresild, 37"
            """),
        Error("TF3007", "a long evidence item without a quote", 10, 13, "needs both 'source' and 'quote'", """
            sources:
              Article000:
                title: Russians return to Earth
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
                    $evidence:
                      - {source: Article000, note: age at landing}
            """),
        Error("TF3007", "a short evidence item with two pairs", 10, 13, "exactly one 'SourceId: quote' pair", """
            sources:
              Article000:
                title: Russians return to Earth
            records:
              Person:
                entries:
                  YuliaPeresild:
                    age: 37
                    $evidence:
                      - Article000: "Yulia Peresild, 37"
                        Article001: "Klim Shipenko, 38"
            """),

        // '          - {source: Article000, quote: "Yulia Peresild, 38", fields: ' is 70 characters: '[' is at column 71.
        Error("TF3009", "a claim naming two fields", 12, 71, "names exactly one, but it names 2", """
            sources:
              Article000:
                title: Russians return to Earth
            records:
              Person:
                fields: {name: string, age: int}
                entries:
                  YuliaPeresild:
                    name: Yulia Peresild
                    age: 37
                    $evidence:
                      - {source: Article000, quote: "Yulia Peresild, 38", fields: [name, age], value: 38}
            """),
        // '...fields: [age], value: ' ends at column 84: the value is at column 85.
        Yaml("TF3010", "a claim of the adopted value", DiagnosticSeverity.Warning, 12, 85, "the value age already has", """
            sources:
              Article000:
                title: Russians return to Earth
            records:
              Person:
                fields: {name: string, age: int}
                entries:
                  YuliaPeresild:
                    name: Yulia Peresild
                    age: 37
                    $evidence:
                      - {source: Article000, quote: "Yulia Peresild, 37", fields: [age], value: 37}
            """),
        // '        age: ' is 13 characters: the value is at column 14.
        Yaml("TF3011", "a field value no evidence names", DiagnosticSeverity.Warning, 10, 14, "The value of 'age' of the Person entry 'YuliaPeresild'", """
            sources:
              Article000:
                title: Russians return to Earth
            records:
              Person:
                fields: {name: string, age: int}
                entries:
                  YuliaPeresild:
                    name: Yulia Peresild
                    age: 37
                    $evidence:
                      - {source: Article000, quote: "Yulia Peresild", fields: [name]}
            """) with { Properties = s_requireFieldEvidence },
        // '    value: ' is 11 characters: the value is at column 12.
        Yaml("TF3011", "a constant whose only evidence is a claim", DiagnosticSeverity.Warning, 6, 12, "The value of the constant 'CandidatesAuditioned'", """
            sources:
              Article000:
                title: Russians return to Earth
            constants:
              CandidatesAuditioned:
                value: 3000
                $evidence:
                  - {source: Article000, quote: "2,000 candidates", value: 2000}
            """) with { Properties = s_requireFieldEvidence },

        // ---------------------------------------------------------------- TF4xxx: several files
        // Files are bound in ordinal path order: the diagnostic is in the later file, b.facts.yaml.

        new("TF4001", "a record kind declared with other fields in a second file", DiagnosticSeverity.Error, "b.facts.yaml", 2, 3, "a.facts.yaml' with other fields",
            ("a.facts.yaml", """
                records:
                  Person:
                    fields:
                      name: string
                    entries:
                      YuliaPeresild: {name: Yulia Peresild}
                """),
            ("b.facts.yaml", """
                records:
                  Person:
                    fields:
                      name: string
                      age: int
                    entries:
                      KlimShipenko: {name: Klim Shipenko, age: 38}
                """)),
        new("TF4001", "an enum declared with other members in a second file", DiagnosticSeverity.Error, "b.facts.yaml", 2, 3, "with other members",
            ("a.facts.yaml", """
                enums:
                  Role: [Actress, Director]
                """),
            ("b.facts.yaml", """
                enums:
                  Role: [Actress, Director, Cosmonaut]
                """)),

        new("TF4002", "an entry id defined again in a second file", DiagnosticSeverity.Error, "b.facts.yaml", 5, 7, "a.facts.yaml' (line 4)",
            ("a.facts.yaml", """
                records:
                  Person:
                    entries:
                      YuliaPeresild: {age: 37}
                """),
            ("b.facts.yaml", """
                records:
                  Person:
                    entries:
                      KlimShipenko: {age: 38}
                      YuliaPeresild: {age: 37}
                """)),

        // 'namespace: ' is 11 characters: the namespace is at column 12 of the later file.
        new("TF4003", "two namespaces that differ only in letter case", DiagnosticSeverity.Error, "b.facts.yaml", 1, 12, "differs only in letter case from 'Space.Facts'",
            ("a.facts.yaml", """
                namespace: Space.Facts
                records:
                  Person:
                    entries:
                      YuliaPeresild: {age: 37}
                """),
            ("b.facts.yaml", """
                namespace: space.facts
                records:
                  Mission:
                    entries:
                      FilmCrewFlight: {days: 12}
                """)),
    ];

    public static TheoryData<string, string> CaseNames()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Cases)
        {
            data.Add(c.Id, c.Situation);
        }

        return data;
    }

    private static CatalogCase Find(string id, string situation) => Cases.Single(c => c.Id == id && c.Situation == situation);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void EachDiagnosticIsReportedOnTheOffendingYamlNode(string id, string situation)
    {
        var c = Find(id, situation);

        var run = c.Run();

        // Exactly one diagnostic: no follow-on errors, no generator crash (CS8785).
        var expected = $"{c.Id} {c.Severity.ToString().ToLowerInvariant()} {c.Path}({c.Line},{c.Column})";
        run.GeneratorDiagnostics.Select(Where).ShouldBe([expected], customMessage: Printed(run.GeneratorDiagnostics));
        var diagnostic = run.GeneratorDiagnostics.Single();
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldContain(c.Mentions, Case.Sensitive);
        diagnostic.Descriptor.DefaultSeverity.ShouldBe(c.Severity);
    }

    [Fact]
    public void EveryIdOfTheCatalogHasACase()
    {
        var covered = Cases.Select(c => c.Id).Append(InternalErrorId).ToHashSet(StringComparer.Ordinal);

        FactDiagnostics.All.Select(d => d.Id).Where(id => !covered.Contains(id)).ShouldBeEmpty("ids without a case in DiagnosticCatalogTests.Cases");
        Cases.Select(c => c.Id).Where(id => FactDiagnostics.All.All(d => d.Id != id)).ShouldBeEmpty("cases for ids that are not in the catalog");
    }

    [Fact]
    public void EveryHelpLinkPointsAtTheSectionOfItsId()
    {
        foreach (var descriptor in FactDiagnostics.All)
        {
            descriptor.HelpLinkUri.ShouldStartWith("https://github.com/typedfacts/typedfacts/blob/main/docs/diagnostics.md#");
            descriptor.HelpLinkUri.ShouldEndWith("#" + descriptor.Id.ToLowerInvariant());
        }
    }

    [Fact]
    public void TheDiagnosticsDocHasAnAnchorForEveryId()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));

        FactDiagnostics.All
            .Select(d => d.Id)
            .Where(id => !doc.Contains($"<a id=\"{id.ToLowerInvariant()}\"></a>", StringComparison.Ordinal))
            .ShouldBeEmpty("ids without an <a id=\"tfNNNN\"></a> anchor in docs/diagnostics.md");
    }

    [Fact]
    public void SeveralProblemsInOneFileAreAllReportedInOneRunAndTheValidKindsAreStillGenerated()
    {
        const string yaml = """
            namespace: SpaceFilm
            enums:
              Role: [Actress, Director, Cosmonaut]
            records:
              Spacecraft:
                entries:
                  SoyuzMs18: {crew: 3}
                  SoyuzMs19: {crew: 3}
              Person:
                fields:
                  name: string
                  role: Role
                entries:
                  YuliaPeresild: {name: Yulia Peresild, role: Actres}
                  KlimShipenko: {name: Klim Shipenko, role: Director}
              Mission:
                fields:
                  spacecraft: Spacecraft
                  crew: Person[]
                entries:
                  FilmCrewFlight:
                    spacecraft: SoyuzMs-19
                    crew: [YuliaPeresild, KlimShipenko]
            constant:
              DaysOnStation: 12
            """;

        var run = new GeneratorHarness().AddFile("facts.yaml", yaml).Run();

        run.GeneratorDiagnostics.Select(Where).OrderBy(s => s, StringComparer.Ordinal).ToArray().ShouldBe(
            [
                "TF1003 error facts.yaml(24,1)",   // 'constant'
                "TF2013 error facts.yaml(14,51)",  // 'Actres'
                "TF2014 error facts.yaml(22,21)",  // 'SoyuzMs-19'
            ],
            customMessage: Printed(run.GeneratorDiagnostics));
        run.Sources.Select(s => s.HintName).ShouldContain("SpaceFilm.Role.g.cs");
        run.Sources.Select(s => s.HintName).ShouldContain("SpaceFilm.Spacecraft.g.cs");
        run.Sources.Select(s => s.HintName).ShouldContain("SpaceFilm.Facts.g.cs");
        run.Sources.Select(s => s.HintName).ShouldContain("SpaceFilm.__FactModel.g.cs");
    }

    [Theory]
    [InlineData("TF1003", "a misspelt top-level key", "; did you mean 'records'?")]
    [InlineData("TF2010", "a misspelt field of a declared kind", "; did you mean 'role'?")]
    [InlineData("TF2013", "a misspelt enum member", "; did you mean 'Actress'?")]
    [InlineData("TF2014", "a misspelt id in a list of references", "; did you mean 'FilmCrewFlight'?")]
    [InlineData("TF2001", "a misspelt built-in type", "; did you mean 'string'?")]
    [InlineData("TF2012", "a misspelt $evidence key of an entry", "; did you mean '$evidence'?")]
    [InlineData("TF3001", "evidence citing a misspelt source", "; did you mean 'Article000'?")]
    [InlineData("TF3005", "evidence naming a misspelt field", "; did you mean 'age'?")]
    public void AMisspeltNameGetsADidYouMeanSuggestion(string id, string situation, string suggestion)
    {
        var run = Find(id, situation).Run();

        run.GeneratorDiagnostics.Single(d => d.Id == id).GetMessage(CultureInfo.InvariantCulture).ShouldEndWith(suggestion);
    }

    [Fact]
    public void ANameFarFromEveryCandidateGetsNoSuggestion()
    {
        var run = new GeneratorHarness().AddFile("facts.yaml", """
            namespace: SpaceFilm
            crew:
              - Yulia Peresild
            """).Run();

        run.GeneratorDiagnostics.Single().GetMessage(CultureInfo.InvariantCulture).ShouldNotContain("did you mean");
    }

    [Theory]
    [InlineData("an unclosed flow mapping followed by more entries", "records:\n  Person:\n    entries:\n      YuliaPeresild: {name: Yulia Peresild, age: 37\n      KlimShipenko: {name: Klim Shipenko, age: 38}\n")]
    [InlineData("an unclosed flow sequence followed by another key", "constants:\n  Crew: [Yulia Peresild, Klim Shipenko\n  DaysOnStation: 12\n")]
    public void MalformedYamlIsASyntaxErrorNeverAnInternalError(string situation, string yaml)
    {
        var run = new GeneratorHarness().AddFile("facts.yaml", yaml).Run();

        run.GeneratorDiagnostics.Select(d => d.Id).ShouldBe(["TF1001"], customMessage: situation + "\n" + Printed(run.GeneratorDiagnostics));
        var span = run.GeneratorDiagnostics.Single().Location.GetLineSpan();
        span.Path.ShouldBe(GeneratorHarness.Root + "facts.yaml");
        (span.StartLinePosition.Line + 1).ShouldBeInRange(1, yaml.Count(c => c == '\n'));
    }

    [Fact]
    public void TheInternalErrorIsAnErrorThatNamesTheFile()
    {
        // A bug of the generator cannot be caused from YAML on purpose; the Guard that turns an
        // exception into TF9001 is internal to the generator, so only the descriptor is checked here.
        var descriptor = FactDiagnostics.ById(InternalErrorId);

        descriptor.Id.ShouldBe(InternalErrorId);
        descriptor.DefaultSeverity.ShouldBe(DiagnosticSeverity.Error);
        descriptor.IsEnabledByDefault.ShouldBeTrue();
        descriptor.Category.ShouldBe("TypedFacts.Internal");
        var message = Diagnostic.Create(descriptor, Location.None, "/project/facts.yaml", "NullReferenceException: boom").GetMessage(CultureInfo.InvariantCulture);
        message.ShouldContain("'/project/facts.yaml'");
        message.ShouldContain("NullReferenceException: boom");
    }

    [Fact]
    public void OnlyTheLimitAndTheEvidenceWarningsAreWarningsByDefault()
    {
        FactDiagnostics.All
            .Where(d => d.DefaultSeverity != DiagnosticSeverity.Error)
            .Select(d => $"{d.Id} {d.DefaultSeverity}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray()
            .ShouldBe(["TF1011 Warning", "TF3004 Warning", "TF3006 Warning", "TF3008 Warning", "TF3010 Warning", "TF3011 Warning"]);
    }

    /// <summary>
    /// The folder holding Generator.sln, found above the test binaries or, when they are built
    /// elsewhere (<c>--artifacts-path</c>), above this source file.
    /// </summary>
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) })
        {
            for (var directory = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Generator.sln not found above {AppContext.BaseDirectory} or {sourceFile}");
    }

    /// <summary>"TF2013 error facts.yaml(9,15)": id, severity, path relative to the project, 1-based start.</summary>
    private static string Where(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        if (diagnostic.Location == Location.None)
        {
            return $"{diagnostic.Id} {severity} (no location)";
        }

        var span = diagnostic.Location.GetLineSpan();
        var path = span.Path.Replace(GeneratorHarness.Root, string.Empty).Replace('\\', '/');
        return $"{diagnostic.Id} {severity} {path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    private static string Printed(IEnumerable<Diagnostic> diagnostics)
        => "reported:\n" + string.Join("\n", diagnostics.Select(d => Where(d) + ": " + d.GetMessage(CultureInfo.InvariantCulture)));
}
