using Shouldly;
using TypedFacts.Generator.Tests.Infrastructure;
using Xunit;

namespace TypedFacts.Generator.Tests;

/// <summary>
/// SPEC 2.4 and 3.1 (format 1.1): claims, partial dates and lists that may be unknown, read
/// back through the compiled claims fixture with the runtime library, as a consumer reads them.
/// </summary>
public sealed class ClaimsTests
{
    private static readonly Lazy<TypedFacts.FactModel> s_model = new(() => Compiled.Model(Fixtures.Harness("claims"), "Fixtures.Claims.ClaimsFacts"));

    private static TypedFacts.FactModel Model => s_model.Value;

    [Fact]
    public void TheAdoptedValueComesFirstThenEachVariantWithItsSourcesAndNote()
    {
        var claims = Field("Person", "age").GetClaims(Entry("Person", "YuliaPeresild"));

        claims.Select(c => (c.Value, c.IsAdopted, c.Note)).ShouldBe([((object?)37, true, null), (38, false, "A slip of the undated article.")]);
        claims[0].Evidence.Select(e => e.Source.Id).ShouldBe(["Article000"]);
        claims[1].Evidence.Select(e => e.Source.Id).ShouldBe(["Undated"]);
    }

    [Fact]
    public void TwoSourcesGivingOneVariantAreOneClaimWithTheFirstNote()
    {
        var claims = Field("Person", "name").GetClaims(Entry("Person", "YuliaPeresild"));

        claims.Select(c => c.Value).ShouldBe(["Yulia Peresild", "Yulia Peresilde"]);
        claims[1].Evidence.Select(e => e.Source.Id).ShouldBe(["Tweet", "Undated"]);
        claims[1].Note.ShouldBe("A misspelling.");
    }

    [Fact]
    public void ClaimsAreTypedLikeTheirField()
    {
        var yulia = Entry("Person", "YuliaPeresild");
        var role = Field("Person", "role").GetClaims(yulia)[1].Value!;
        role.GetType().Name.ShouldBe("Role");
        role.ToString().ShouldBe("Director");

        var crew = (IEnumerable<TypedFacts.IFact>)Field("Person", "crew").GetClaims(yulia)[1].Value!;
        crew.Select(p => p.Id).ShouldBe(["YuliaPeresild", "KlimShipenko"]);

        var landing = Entry("Event", "Landing");
        Field("Event", "at").GetClaims(landing).Select(c => c.Value).ShouldBe([(object?)new DateTimeOffset(2021, 10, 17, 4, 36, 0, TimeSpan.Zero), new DateTimeOffset(2021, 10, 17, 4, 35, 0, TimeSpan.Zero)]);
        Field("Event", "date").GetClaims(landing).Select(c => c.Value).ShouldBe([(object?)new TypedFacts.FactDate(2021, 10, 17), new TypedFacts.FactDate(2021, 10)]);
    }

    [Fact]
    public void ClaimsAreInTheEvidenceButNotInTheEvidenceForTheirField()
    {
        var yulia = Entry("Person", "YuliaPeresild");

        yulia.Evidence.Count(e => e.IsClaim).ShouldBe(5);
        yulia.EvidenceFor(Field("Person", "age")).ShouldAllBe(e => !e.IsClaim);
        yulia.Evidence.Single(e => e.IsClaim && e.Fields[0] == "age").Value.ShouldBe(38);
    }

    [Fact]
    public void AnUndisputedFieldHasItsAdoptedClaimOnly()
        => Field("Person", "name").GetClaims(Entry("Person", "KlimShipenko")).ShouldHaveSingleItem().IsAdopted.ShouldBeTrue();

    [Fact]
    public void AConstantsClaimsFollowItsEvidence()
    {
        var days = Model.Constants.Single(c => c.Name == "DaysOnStation");

        days.Claims.Select(c => (c.Value, c.IsAdopted)).ShouldBe([((object?)TimeSpan.FromDays(12), true), (TimeSpan.FromDays(11), false)]);
        days.Claims[1].Note.ShouldBe("Counted from the docking.");
        days.Claims[0].Evidence.ShouldAllBe(e => !e.IsClaim);
    }

    [Fact]
    public void PartialDatesKeepTheirPrecision()
    {
        Field("Event", "date").GetValue(Entry("Event", "Casting")).ShouldBe(new TypedFacts.FactDate(2021));
        Model.Constants.Single(c => c.Name == "Released").Value.ShouldBe(new TypedFacts.FactDate(2022));
        Model.Sources.Select(s => s.Published?.ToString()).ShouldBe(["2021-10-17", "2021-10", null]);
    }

    [Fact]
    public void AnUnknownListIsNullAndAKnownEmptyListIsEmpty()
    {
        var aliases = Field("Person", "aliases");

        aliases.Type.IsNullable.ShouldBeTrue();
        aliases.Type.IsList.ShouldBeTrue();
        ((IEnumerable<string>)aliases.GetValue(Entry("Person", "YuliaPeresild"))!).ShouldBeEmpty();
        aliases.GetValue(Entry("Person", "KlimShipenko")).ShouldBeNull();
        ((IEnumerable<TypedFacts.IFact>)Field("Person", "crew").GetValue(Entry("Person", "KlimShipenko"))!).ShouldBeEmpty();
    }

    [Fact]
    public void AListMissingFromSomeEntriesIsInferredAsAListThatMayBeUnknown()
    {
        var model = Compiled.Model(Fixtures.Harness("inferred-fields"), "Fixtures.Inferred.InferredFieldsFacts");
        model.TryGetKind("Event", out var events).ShouldBeTrue();
        events!.TryGetField("aliases", out var aliases).ShouldBeTrue();
        events.TryGetField("tags", out var tags).ShouldBeTrue();

        (aliases!.Type.IsList, aliases.Type.IsNullable).ShouldBe((true, true));
        (tags!.Type.IsList, tags.Type.IsNullable).ShouldBe((true, false));
        aliases.GetValue(Entry(events, "Launch")).ShouldBeNull();
        ((IEnumerable<string>)aliases.GetValue(Entry(events, "Misfire"))!).ShouldBeEmpty();
        ((IEnumerable<string>)aliases.GetValue(Entry(events, "Landing"))!).ShouldBe(["touchdown"]);
    }

    private static TypedFacts.IFact Entry(string kind, string id)
    {
        Model.TryGetKind(kind, out var found).ShouldBeTrue(kind);
        return Entry(found!, id);
    }

    private static TypedFacts.IFact Entry(TypedFacts.FactKind kind, string id)
    {
        kind.TryGet(id, out var entry).ShouldBeTrue(id);
        return entry!;
    }

    private static TypedFacts.FactField Field(string kind, string yamlName)
    {
        Model.TryGetKind(kind, out var found).ShouldBeTrue(kind);
        found!.TryGetField(yamlName, out var field).ShouldBeTrue(yamlName);
        return field!;
    }
}
