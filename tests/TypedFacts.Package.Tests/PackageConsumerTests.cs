using System.IO.Compression;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace TypedFacts.Package.Tests;

/// <summary>
/// The real .nupkg installed into fresh projects (issue 6): each consumer references TypedFacts
/// by version from a local feed, is built with `dotnet build` and run, and its output checked.
/// </summary>
[Collection(nameof(PackageFeed))]
public sealed class PackageConsumerTests(PackageFeed feed)
{
    [Fact]
    public void ThePackageHoldsTheRuntimeInLibAndTheGeneratorBesideYamlDotNet()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed.Feed, $"TypedFacts.{feed.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();

        entries.ShouldContain("analyzers/dotnet/cs/TypedFacts.Generator.dll");
        entries.ShouldContain("analyzers/dotnet/cs/YamlDotNet.dll");
        entries.ShouldContain("build/TypedFacts.props");
        entries.ShouldContain("build/TypedFacts.targets");
        entries.ShouldContain("buildTransitive/TypedFacts.props");
        entries.ShouldContain("buildTransitive/TypedFacts.targets");
        entries.ShouldContain("README.md");
        // The runtime is the only assembly in lib/: a library using TypedFacts passes it on to its consumers.
        entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal)).ShouldBe(["lib/netstandard2.0/TypedFacts.dll"]);
        var nuspec = new StreamReader(package.GetEntry("TypedFacts.nuspec")!.Open()).ReadToEnd();
        nuspec.ShouldNotContain("<developmentDependency>");
        nuspec.ShouldContain("<license type=\"expression\">MIT</license>");
        nuspec.ShouldContain("<repository type=\"git\"");
        nuspec.ShouldNotContain("<dependency ");
    }

    [Fact]
    public void GettingStartedRunsAsWritten()
    {
        var page = File.ReadAllText(Path.Combine(PackageFeed.RepositoryRoot, "docs", "getting-started.md"));
        var folder = feed.Folder("getting-started");
        string? expected = null;

        foreach (Match block in Regex.Matches(page, "```(?<info>[^\\n]*)\\n(?<body>.*?)```", RegexOptions.Singleline))
        {
            var info = block.Groups["info"].Value.Trim();
            var body = block.Groups["body"].Value;
            if (info == "sh")
            {
                foreach (var command in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (command.StartsWith("cd ", StringComparison.Ordinal))
                    {
                        folder = Path.Combine(folder, command[3..]);
                        continue;
                    }

                    command.ShouldStartWith("dotnet ");
                    var result = feed.Dotnet(folder, command["dotnet ".Length..]);
                    result.ExitCode.ShouldBe(0, $"`{command}` failed:\n{result}");
                    if (command == "dotnet run" && expected is not null)
                    {
                        Lines(result.Output).ShouldEndWith(expected.Trim());
                    }
                }
            }
            else if (Regex.Match(info, "title=\"(?<file>[^\"]+)\"") is { Success: true } titled)
            {
                File.WriteAllText(Path.Combine(folder, titled.Groups["file"].Value), body);
            }
            else if (info == "text output")
            {
                expected = body;
            }
        }

        expected.ShouldNotBeNull("the page shows the program's output");

        // The page's last run compared its output; run again to prove the comparison happened after the build.
        Lines(feed.Dotnet(folder, "run --no-build").Output).ShouldEndWith(expected.Trim());
    }

    [Fact]
    public void NetStandardLibrariesAtCSharp73And9ServeANet10App()
    {
        var root = feed.Folder("unity-shape");
        foreach (var (name, langVersion) in new[] { ("Lib73", "7.3"), ("Lib9", "9") })
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
            Project(folder, name, "netstandard2.0", $"<LangVersion>{langVersion}</LangVersion><TypedFactsVisibility>public</TypedFactsVisibility>");
            File.WriteAllText(Path.Combine(folder, "facts.yaml"), $$"""
                namespace: {{name}}
                records:
                  Person:
                    fields: {name: string, born: date, age: int?, aliases: "string[]"}
                    entries:
                      YuliaPeresild: {name: Yulia Peresild, born: 1984-09-05, age: 37, aliases: [Peresild]}
                constants:
                  DaysOnStation: {value: P12D, type: duration}
                """);
        }

        var app = Directory.CreateDirectory(Path.Combine(root, "App")).FullName;
        Project(app, "App", "net10.0", "<OutputType>Exe</OutputType>", """
            <ProjectReference Include="../Lib73/Lib73.csproj" />
            <ProjectReference Include="../Lib9/Lib9.csproj" />
            """, includePackage: false);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            System.Console.WriteLine(Lib73.Person.YuliaPeresild.Name + " " + Lib73.Person.YuliaPeresild.Born.ToString("yyyy-MM-dd") + " " + Lib73.Facts.DaysOnStation.TotalDays);
            System.Console.WriteLine(Lib9.Person.YuliaPeresild.Age + " " + Lib9.Person.YuliaPeresild.Aliases[0] + " " + Lib9.Person.Get("YuliaPeresild").Equals(Lib9.Person.YuliaPeresild));
            """);

        var run = feed.Dotnet(app, "run");

        run.ExitCode.ShouldBe(0, run.ToString());
        Lines(run.Output).ShouldEndWith("Yulia Peresild 1984-09-05 12\n37 Peresild True");
        var lib73 = File.ReadAllText(Directory.GetFiles(Path.Combine(root, "Lib73", "obj"), "project.assets.json", SearchOption.AllDirectories).Single());
        lib73.ShouldContain("\"TypedFacts/" + feed.Version + "\"");
    }

    /// <summary>
    /// Godot 4.4+ (.NET) builds a game as an SDK-style net8.0 project that Godot loads as a plugin
    /// (Godot.NET.Sdk sets EnableDynamicLoading); the package works there as in any project
    /// (docs/unity.md, "Godot"). The library is then used by a net10.0 app, as Godot's host would.
    /// </summary>
    [Fact]
    public void AGodotStyleNet8GameAssemblyBuildsAndItsModelIsWalked()
    {
        var root = feed.Folder("godot-shape");
        var game = Directory.CreateDirectory(Path.Combine(root, "SpaceGame")).FullName;
        Project(game, "SpaceGame", "net8.0", "<EnableDynamicLoading>true</EnableDynamicLoading><TypedFactsVisibility>public</TypedFactsVisibility><TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        File.WriteAllText(Path.Combine(game, "facts.yaml"), """
            typedfacts: 1.1
            records:
              Person:
                fields: {name: string, born: date, landed: datetime?, missions: "Mission[]"}
                entries:
                  YuliaPeresild: {name: Yulia Peresild, born: 1984-09-05, landed: 2021-10-17T04:36:00Z, missions: [Challenge]}
              Mission:
                fields: {name: string, began: partialdate}
                entries:
                  Challenge: {name: The Challenge, began: 2021-10}
            """);
        File.WriteAllText(Path.Combine(game, "QuizNode.cs"), """
            using System.Linq;

            namespace SpaceGame;

            // What a Godot script (a Node subclass in a real game) does with the model.
            public static class QuizNode
            {
                public static string Describe()
                {
                    var yulia = Person.YuliaPeresild;
                    var kinds = string.Join(",", Facts.Model.Kinds.Select(k => k.Name + ":" + k.Entries.Count));
                    return $"{yulia.Name} born {yulia.Born:yyyy-MM-dd} on {yulia.Missions[0].Name} ({yulia.Missions[0].Began}); {kinds}";
                }
            }
            """);

        var app = Directory.CreateDirectory(Path.Combine(root, "Host")).FullName;
        Project(app, "Host", "net10.0", "<OutputType>Exe</OutputType>", """<ProjectReference Include="../SpaceGame/SpaceGame.csproj" />""", includePackage: false);
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(SpaceGame.QuizNode.Describe());\n");

        var run = feed.Dotnet(app, "run");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldNotContain("warning");
        Lines(run.Output).ShouldEndWith("Yulia Peresild born 1984-09-05 on The Challenge (2021-10); Person:1,Mission:1");
        File.Exists(Path.Combine(game, "bin", "Debug", "net8.0", "TypedFacts.dll")).ShouldBeTrue("the runtime is copied beside the game assembly");
    }

    /// <summary>
    /// The generated model and the runtime are trim- and AOT-safe: a consumer with every analyzer
    /// of IsAotCompatible and TreatWarningsAsErrors walks a model generically and builds with no warning.
    /// </summary>
    [Fact]
    public void AConsumerWithTheTrimAndAotAnalyzersBuildsWithoutAWarning()
    {
        var folder = feed.Folder("aot-analyzers");
        Project(folder, "Analyzed", "net10.0", """
            <OutputType>Exe</OutputType>
            <IsAotCompatible>true</IsAotCompatible>
            <EnableTrimAnalyzer>true</EnableTrimAnalyzer>
            <EnableAotAnalyzer>true</EnableAotAnalyzer>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <TypedFactsVisibility>public</TypedFactsVisibility>
            """);
        File.WriteAllText(Path.Combine(folder, "facts.yaml"), """
            sources:
              Article000: {title: Russians return to Earth, published: 2021-10-17}
            enums:
              Role: [Actress, Director]
            records:
              Person:
                fields: {name: string, role: Role, age: int?}
                entries:
                  YuliaPeresild: {name: Yulia Peresild, role: Actress, age: 37, $evidence: [{source: Article000, quote: "Yulia Peresild, 37", fields: [age]}]}
            constants:
              DaysOnStation: {value: P12D, type: duration}
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using TypedFacts;
            foreach (var kind in Analyzed.Facts.Model.Kinds)
                foreach (var entry in kind.Entries)
                    foreach (var field in kind.Fields)
                        System.Console.WriteLine($"{kind.Name}.{entry.Id}.{field.YamlName} = {field.GetValue(entry)} ({field.Type})");
            System.Console.WriteLine(Analyzed.Person.YuliaPeresild.EvidenceFor(Analyzed.Person.Fields.Age)[0].Source.Title);
            System.Console.WriteLine(Analyzed.Facts.Model.Constants[0].Name + " = " + Analyzed.Facts.Model.Constants[0].Value);
            """);

        var build = feed.Dotnet(folder, "build");
        build.ExitCode.ShouldBe(0, build.ToString());
        build.Output.ShouldContain("0 Warning(s)", Case.Sensitive, build.ToString());
        var run = feed.Dotnet(folder, "run --no-build");

        run.ExitCode.ShouldBe(0, run.ToString());
        Lines(run.Output).ShouldBe("Person.YuliaPeresild.name = Yulia Peresild (string)\nPerson.YuliaPeresild.role = Actress (Role)\nPerson.YuliaPeresild.age = 37 (int?)\nRussians return to Earth\nDaysOnStation = 12.00:00:00");
    }

    [Fact]
    public void SeveralFactFilesInFoldersWithNamespacesAndTheMsBuildProperties()
    {
        var folder = feed.Folder("several-files");
        Project(folder, "Several", "net10.0", """
            <OutputType>Exe</OutputType>
            <TypedFactsNamespace>Several.Defaults</TypedFactsNamespace>
            <TypedFactsVisibility>public</TypedFactsVisibility>
            <TypedFactsRequireEvidence>true</TypedFactsRequireEvidence>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            """, "<AdditionalFiles Include=\"seeds/*.txt\" />");
        Directory.CreateDirectory(Path.Combine(folder, "people"));
        Directory.CreateDirectory(Path.Combine(folder, "craft"));
        Directory.CreateDirectory(Path.Combine(folder, "seeds"));
        File.WriteAllText(Path.Combine(folder, "seeds", "article.txt"), "Yulia Peresild, 37, and Klim Shipenko, 38, landed as planned in Kazakhstan’s steppe.");
        const string Sources = "sources:\n  A: {file: ../seeds/article.txt, title: Landing}\n";
        File.WriteAllText(Path.Combine(folder, "people", "actors.facts.yaml"), Sources + """
            records:
              Person:
                fields: {name: string, age: int}
                entries:
                  YuliaPeresild: {name: Yulia Peresild, age: 37, $evidence: [A: "Yulia Peresild, 37"]}
            """);
        File.WriteAllText(Path.Combine(folder, "people", "directors.facts.yaml"), Sources + """
            records:
              Person:
                entries:
                  KlimShipenko: {name: Klim Shipenko, age: 38, $evidence: [A: "Klim Shipenko, 38"]}
            """);
        File.WriteAllText(Path.Combine(folder, "craft", "craft.facts.yaml"), "namespace: Several.Craft\n" + Sources.Replace("../seeds", "../seeds", StringComparison.Ordinal) + """
            records:
              Site:
                fields: {name: string}
                entries:
                  KazakhSteppe: {name: Kazakhstan's steppe, $evidence: [A: "in Kazakhstan's steppe"]}
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            foreach (var person in Several.Defaults.Person.All) System.Console.WriteLine(person.Name + " " + person.Age + " " + person.Evidence[0].Quote);
            System.Console.WriteLine(Several.Craft.Site.KazakhSteppe.Name);
            System.Console.WriteLine(typeof(Several.Defaults.Person).IsPublic);
            """);

        var run = feed.Dotnet(folder, "run");

        run.ExitCode.ShouldBe(0, run.ToString());
        Lines(run.Output).ShouldEndWith("Yulia Peresild 37 Yulia Peresild, 37\nKlim Shipenko 38 Klim Shipenko, 38\nKazakhstan's steppe\nTrue");
    }

    [Fact]
    public void ABrokenFactFileFailsTheBuildAtItsLine()
    {
        var folder = feed.Folder("broken");
        Project(folder, "Broken", "net10.0", "<OutputType>Exe</OutputType>");
        File.WriteAllText(Path.Combine(folder, "facts.yaml"), "enums:\n  Role: [Actress, Director]\nrecords:\n  Person:\n    fields: {role: Role}\n    entries:\n      YuliaPeresild: {role: Actres}\n");
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(Broken.Person.All.Count);\n");

        var build = feed.Dotnet(folder, "build");

        build.ExitCode.ShouldNotBe(0);
        build.Output.ShouldContain("facts.yaml(7,29): error TF2013", Case.Sensitive, build.ToString());
        build.Output.ShouldContain("error TF2013: 'Actres' is not a member of the enum Role");
        build.Output.ShouldContain("did you mean 'Actress'?");
    }

    [Fact]
    public void ARebuildAfterEditingTheFactFilePicksUpTheChange()
    {
        var folder = feed.Folder("incremental");
        Project(folder, "Incremental", "net10.0", "<OutputType>Exe</OutputType>");
        var facts = Path.Combine(folder, "facts.yaml");
        File.WriteAllText(facts, "records:\n  Person:\n    fields: {age: int}\n    entries:\n      YuliaPeresild: {age: 37}\n");
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(Incremental.Person.YuliaPeresild.Age);\n");
        var first = feed.Dotnet(folder, "run");
        first.ExitCode.ShouldBe(0, first.ToString());
        Lines(first.Output).ShouldEndWith("37");

        File.WriteAllText(facts, File.ReadAllText(facts).Replace("37", "38", StringComparison.Ordinal));
        var second = feed.Dotnet(folder, "run");

        second.ExitCode.ShouldBe(0, second.ToString());
        Lines(second.Output).ShouldEndWith("38");
    }

    private void Project(string folder, string name, string framework, string properties, string items = "", bool includePackage = true)
    {
        var package = includePackage ? $"<PackageReference Include=\"TypedFacts\" Version=\"{feed.Version}\" />" : string.Empty;
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{framework}</TargetFramework>
                <ImplicitUsings Condition="'{framework}' == 'net10.0'">enable</ImplicitUsings>
                <RootNamespace>{name}</RootNamespace>
                {properties}
                <Nullable Condition="'$(LangVersion)' != '7.3'">enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                {package}
                {items}
              </ItemGroup>
            </Project>
            """);
    }

    private static string Lines(string output) => string.Join("\n", output.Replace("\r", string.Empty).Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0));
}
