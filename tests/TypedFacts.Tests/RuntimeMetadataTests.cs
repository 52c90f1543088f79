using Shouldly;
using Xunit;

namespace TypedFacts.Tests;

/// <summary>
/// SPEC 3.1: the runtime's descriptors, on a small model built by hand the way generated code
/// builds one (kinds, typed fields, evidence, a constant), without any generated code.
/// </summary>
public sealed class RuntimeMetadataTests
{
    private static readonly FactSource s_article = new("Article000", "Russians return to Earth", new FactDate(2021, 10, 17), null, "seeds/article.txt");
    private static readonly FactSource s_tweet = new("Article002", "A tweet", null, new Uri("https://example.org/tweet"), null);

    [Fact]
    public void AKindFindsItsEntriesAndFieldsAndItsFieldsPointBackAtIt()
    {
        Person.Descriptor.Fields.ShouldBe([Person.NameField, Person.AgeField]);
        Person.Descriptor.Fields.ShouldBeSameAs(Person.Descriptor.Fields);
        Person.NameField.Owner.ShouldBeSameAs(Person.Descriptor);
        Person.Yulia.Kind.ShouldBeSameAs(Person.Descriptor);

        Person.Descriptor.TryGet("Yulia", out var found).ShouldBeTrue();
        found.ShouldBeSameAs(Person.Yulia);
        Person.Descriptor.TryGet("Nobody", out _).ShouldBeFalse();
        Person.Descriptor.TryGet(null!, out _).ShouldBeFalse();
        Person.Descriptor.TryGetField("age", out var byYaml).ShouldBeTrue();
        Person.Descriptor.TryGetField("Age", out var byName).ShouldBeTrue();
        byYaml.ShouldBeSameAs(byName);
        Person.Descriptor.ToString().ShouldBe("Space.Person");
    }

    [Fact]
    public void ATypedFieldReadsWithoutBoxingAndAnUntypedOneChecksTheKind()
    {
        Person.AgeField.Get(Person.Yulia).ShouldBe(37);
        Person.AgeField.GetValue(Person.Yulia).ShouldBe(37);
        Person.AgeField.Type.ToString().ShouldBe("int?");
        Person.AgeField.Type.ClrType.ShouldBe(typeof(int?));
        Person.AgeField.ToString().ShouldBe("Person.Age");

        Should.Throw<ArgumentException>(() => Person.AgeField.GetValue(new Other())).Message.ShouldContain("Person.Age");
        Should.Throw<ArgumentNullException>(() => Person.AgeField.Get(null!));
    }

    [Fact]
    public void EvidenceForAFieldIsTheItemsNamingItThatAreNoClaims()
    {
        var evidence = Person.Yulia.EvidenceFor(Person.AgeField);

        evidence.Select(e => e.Quote).ShouldBe(["Yulia Peresild, 37"]);
        Person.Yulia.EvidenceFor(Person.NameField).Select(e => e.Quote).ShouldBe(["Yulia Peresild, 37"]);
        Should.Throw<ArgumentException>(() => Person.Yulia.EvidenceFor(Other.Field)).Message.ShouldContain("not of Space.Person");
    }

    [Fact]
    public void AFieldsClaimsAreTheAdoptedValueThenEachVariantInFileOrder()
    {
        var claims = Person.AgeField.Claims(Person.Yulia);

        claims.Select(c => (c.Value, c.IsAdopted, c.Evidence.Count, c.Note)).ShouldBe([(37, true, 1, null), (38, false, 1, "A slip.")]);
        claims[0].Evidence.ShouldBe(Person.Yulia.EvidenceFor(Person.AgeField));
        Person.AgeField.GetClaims(Person.Yulia).Select(c => c.Value).ShouldBe([(object?)37, 38]);
        Person.NameField.Claims(Person.Yulia).ShouldHaveSingleItem().IsAdopted.ShouldBeTrue();
        Should.Throw<ArgumentException>(() => Person.AgeField.GetClaims(new Other()));
    }

    [Fact]
    public void AClaimsValueIsBuiltWhenFirstReadAndOnlyOnce()
    {
        var built = 0;
        var claim = new FactEvidence(s_tweet, "38", ["age"], null, () => ++built);

        claim.IsClaim.ShouldBeTrue();
        built.ShouldBe(0);
        claim.Value.ShouldBe(1);
        claim.Value.ShouldBe(1);
        built.ShouldBe(1);
        new FactEvidence(s_tweet, "38", ["age"], null).Value.ShouldBeNull();
    }

    [Fact]
    public void EvidenceItemsAreEqualWhenTheySayTheSame()
    {
        var a = new FactEvidence(s_article, "quote", ["age"], null);
        var b = new FactEvidence(s_article, "quote", ["age"], null);

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(new FactEvidence(s_article, "quote", ["name"], null));
        a.ShouldNotBe(new FactEvidence(s_article, "quote", ["age"], null, () => 38));

        // Claims are equal only when they give the same value (lists compared item by item).
        new FactEvidence(s_article, "quote", ["age"], null, () => 38).ShouldBe(new FactEvidence(s_article, "quote", ["age"], null, () => 38));
        new FactEvidence(s_article, "quote", ["age"], null, () => 38).ShouldNotBe(new FactEvidence(s_article, "quote", ["age"], null, () => 39));
        new FactEvidence(s_article, "quote", ["crew"], null, () => new[] { "a", "b" }).ShouldBe(new FactEvidence(s_article, "quote", ["crew"], null, () => new[] { "a", "b" }));
        a.ToString().ShouldBe("Article000: \u201Cquote\u201D");
    }

    [Fact]
    public void AConstantsClaimsAreTheAdoptedValueThenEachVariantWithItsSources()
    {
        var evidence = new[]
        {
            new FactEvidence(s_article, "landed at 0436 GMT", [], null),
            new FactEvidence(s_tweet, "At 04:35 UTC", [], "The planned time.", () => new DateTimeOffset(2021, 10, 17, 4, 35, 0, TimeSpan.Zero)),
            new FactEvidence(s_article, "1:36 am", [], null, () => new DateTimeOffset(2021, 10, 17, 4, 35, 0, TimeSpan.Zero)),
        };
        var constant = new FactConstant("LandingTime", "landing-time", null, new FactType("datetime", FactTypeCategory.Scalar, false, false, typeof(DateTimeOffset)), new DateTimeOffset(2021, 10, 17, 4, 36, 0, TimeSpan.Zero), evidence);

        constant.Claims.Count.ShouldBe(2);
        var (adopted, variant) = (constant.Claims[0], constant.Claims[1]);
        adopted.IsAdopted.ShouldBeTrue();
        adopted.Value.ShouldBe(constant.Value);
        adopted.Evidence.Select(e => e.Source).ShouldBe([s_article]);
        adopted.Note.ShouldBeNull();
        variant.IsAdopted.ShouldBeFalse();
        variant.Value.ShouldBe(new DateTimeOffset(2021, 10, 17, 4, 35, 0, TimeSpan.Zero));
        variant.Evidence.Count.ShouldBe(2);
        variant.Note.ShouldBe("The planned time.");
        constant.Evidence.Count.ShouldBe(3);
    }

    [Fact]
    public void AModelListsItsKindsSourcesAndConstantsAndBuildsConstantsOnce()
    {
        var built = 0;
        var model = new FactModel("Space", [Person.Descriptor, Other.Descriptor], [s_article, s_tweet], () =>
        {
            built++;
            return [];
        });

        model.TryGetKind("Person", out var kind).ShouldBeTrue();
        kind.ShouldBeSameAs(Person.Descriptor);
        model.TryGetKind("Mission", out _).ShouldBeFalse();
        model.TryGetSource("Article002", out var source).ShouldBeTrue();
        source!.Url!.OriginalString.ShouldBe("https://example.org/tweet");
        built.ShouldBe(0);
        model.Constants.ShouldBeEmpty();
        model.Constants.ShouldBeEmpty();
        built.ShouldBe(1);
    }

    [Fact]
    public void ATypeNamesItsKindOnlyWhenAskedAndListsEnumMembers()
    {
        var asked = 0;
        var reference = new FactType("Person", FactTypeCategory.Entity, isList: true, isNullable: false, typeof(IReadOnlyList<Person>), () =>
        {
            asked++;
            return Person.Descriptor;
        });
        var role = new FactType("Role", FactTypeCategory.Enum, false, false, typeof(DayOfWeek), enumMembers: ["Actress", "Director"]);

        asked.ShouldBe(0);
        reference.Kind.ShouldBeSameAs(Person.Descriptor);
        asked.ShouldBe(1);
        reference.ToString().ShouldBe("Person[]");
        reference.EnumMembers.ShouldBeEmpty();
        role.EnumMembers.ShouldBe(["Actress", "Director"]);
        role.Kind.ShouldBeNull();
    }

    /// <summary>A kind written as generated code writes one, by hand.</summary>
    private sealed class Person : IFact
    {
        // The lambdas read fields initialized after this one (generated code puts them in a nested class instead).
        public static readonly FactKind Descriptor = new("Person", "Space", "A person.", isEntity: true, () => Fields!, () => All!, id => All!.FirstOrDefault(p => p.Id == id));
        public static readonly FactField<Person, string> NameField = new(Descriptor, "Name", "name", null, new FactType("string", FactTypeCategory.Scalar, false, false, typeof(string)), p => p.Name);
        public static readonly FactField<Person, int?> AgeField = new(Descriptor, "Age", "age", "Age in years", new FactType("int", FactTypeCategory.Scalar, false, true, typeof(int?)), p => p.Age);
        public static readonly Person Yulia = new("Yulia", "Yulia Peresild", 37,
        [
            new FactEvidence(s_article, "Yulia Peresild, 37", ["name", "age"], null),
            new FactEvidence(s_tweet, "Yulia Peresild, 38", ["age"], "A slip.", () => 38),
            new FactEvidence(s_article, "a Russian actress", [], null),
        ]);

        private static readonly FactField[] Fields = [NameField, AgeField];
        private static readonly Person[] All = [Yulia];

        private Person(string id, string name, int? age, IReadOnlyList<FactEvidence> evidence) => (Id, Name, Age, Evidence) = (id, name, age, evidence);

        public string Id { get; }

        public string Name { get; }

        public int? Age { get; }

        public IReadOnlyList<FactEvidence> Evidence { get; }

        public FactKind Kind => Descriptor;

        public IReadOnlyList<FactEvidence> EvidenceFor(FactField field) => FactEvidence.For(Evidence, field, Descriptor);
    }

    private sealed class Other : IFactRecord
    {
        public static readonly FactKind Descriptor = new("Other", "Space", null, isEntity: false, () => [Field!], () => [], _ => null);
        public static readonly FactField<Other, string> Field = new(Descriptor, "Text", "text", null, new FactType("string", FactTypeCategory.Scalar, false, false, typeof(string)), _ => "text");

        public FactKind Kind => Descriptor;
    }
}
