using Shouldly;
using TypedFacts.Generator.Binding;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Yaml;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// SPEC 4: the generator never throws; a bug of its own is TF9001 naming the file, and a bug
/// while handling one namespace never removes the generated code of the others.
/// </summary>
public sealed class InternalErrorTests
{
    private static readonly BindOptions s_options = new("Consumer", "Consumer", RequireEvidence: EvidenceRequirement.None, ProjectDirectory: "/project");

    /// <summary>Before, one exception in the binder (Guard.Bind) blanked every namespace of the compilation.</summary>
    [Fact]
    public void ABugWhileBindingOneNamespaceKeepsTheOthersGenerated()
    {
        var good = FactFileParser.Parse("/project/people.facts.yaml", "namespace: People\nrecords:\n  Person:\n    entries:\n      YuliaPeresild: {age: 37}\n", CancellationToken.None);
        var broken = BrokenSyntax("/project/missions.facts.yaml", "Missions");

        var result = FactBinder.Bind([good, broken], s_options, CancellationToken.None);

        result.Types.Select(t => t.HintName).ShouldContain("People.Person.g.cs");
        result.Types.Select(t => t.Namespace).ShouldNotContain("Missions");
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("TF9001");
        error.Location.FilePath.ShouldBe("/project/missions.facts.yaml");
        error.GetMessage().ShouldContain("NullReferenceException");
    }

    [Fact]
    public void WhatAFailedNamespaceFoundBeforeItFailedIsDroppedWithIt()
    {
        // Its source's file and its first entry's bad value were found before the crash.
        var broken = BrokenSyntax("/project/missions.facts.yaml", "Missions");

        var result = FactBinder.Bind([broken], s_options, CancellationToken.None);

        result.Diagnostics.Select(d => d.Id).ShouldBe(["TF9001"]);
        result.Quotes.ShouldBeEmpty();
        result.SourceFiles.ShouldBeEmpty();
    }

    /// <summary>
    /// A declaration with a value that no parse makes (a null node): what a parser bug would
    /// hand the binder. Its source and its first entry (with a value that is not an int) bind;
    /// the second entry throws.
    /// </summary>
    private static FactFileSyntax BrokenSyntax(string path, string ns)
    {
        var span = new NodeSpan(0, 1);
        FactScalar Name(string value) => new(span, value, isPlain: true);
        var source = new SourceSyntax(Name("Article000"), Name("Title"), Name("seeds/article.txt"), null, null);
        var first = new EntrySyntax(Name("FilmCrewFlight"), new FactPairs([new KeyValuePair<FactScalar, FactNode>(Name("days"), Name("twelve"))]), null);
        var second = new EntrySyntax(Name("IssDocking"), new FactPairs([new KeyValuePair<FactScalar, FactNode>(Name("days"), null!)]), null);
        var kind = new KindSyntax(Name("Mission"), null, [new FieldSyntax(Name("days"), Name("int"), null)], [first, second]);
        return new FactFileSyntax(path, "broken", Name(ns), null, null, [source], [], [kind], [], EquatableArray<DiagnosticInfo>.Empty);
    }
}
