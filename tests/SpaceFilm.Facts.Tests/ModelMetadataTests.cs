using Shouldly;
using TypedFacts;
using Xunit;

namespace SpaceFilm.Tests;

/// <summary>
/// SPEC 3.1 and 3.2 on the real model: the generated metadata describes every kind, field,
/// source and constant, typed where the type is known and walkable where it is not.
/// </summary>
public sealed class ModelMetadataTests
{
    [Fact]
    public void OneDescriptorPerKindEverywhere()
    {
        Person.Descriptor.ShouldBeSameAs(Person.YuliaPeresild.Kind);
        Person.Descriptor.ShouldBeSameAs(Person.Fields.Age.Owner);
        Person.Descriptor.ShouldBeSameAs(((IFactRecord)Person.KlimShipenko).Kind);
        Facts.Model.Kinds.ShouldContain(Person.Descriptor);
        Facts.Model.ShouldBeSameAs(Facts.Model);
    }

    [Fact]
    public void AKindDescribesItsEntriesInFileOrderAndFindsThemById()
    {
        var kind = Person.Descriptor;

        (kind.Name, kind.Namespace, kind.IsEntity).ShouldBe(("Person", "SpaceFilm", true));
        kind.Description.ShouldBe("A person named in the articles.");
        kind.Entries.ShouldBe(Person.All);
        kind.TryGet("YuliaPeresild", out var yulia).ShouldBeTrue();
        yulia.ShouldBeSameAs(Person.YuliaPeresild);
        kind.TryGet("Nobody", out _).ShouldBeFalse();
    }

    [Fact]
    public void FieldsAreTypedAndInDeclarationOrder()
    {
        Person.Fields.All.Select(f => f.YamlName).ShouldBe(Person.Descriptor.Fields.Select(f => f.YamlName));
        Person.Fields.All[0].ShouldBeSameAs(Person.Fields.Name);

        int? age = Person.Fields.Age.Get(Person.YuliaPeresild);
        age.ShouldBe(37);
        Person.Fields.Age.GetValue(Person.YuliaPeresild).ShouldBe(37);
        (Person.Fields.Age.Name, Person.Fields.Age.YamlName).ShouldBe(("Age", "age"));
        Person.Fields.Age.Description.ShouldBe("Age in years on the landing day, where an article states it");
    }

    [Fact]
    public void TypesSayWhatTheFactFileDeclares()
    {
        var age = Person.Fields.Age.Type;
        (age.Name, age.Category, age.IsList, age.IsNullable, age.ClrType).ShouldBe(("int", FactTypeCategory.Scalar, false, true, typeof(int?)));

        var missions = Person.Fields.Missions.Type;
        (missions.Name, missions.Category, missions.IsList).ShouldBe(("Mission", FactTypeCategory.Entity, true));
        missions.Kind.ShouldBeSameAs(Mission.Descriptor);
        missions.ClrType.ShouldBe(typeof(IReadOnlyList<Mission>));

        var role = Person.Fields.Role.Type;
        role.Category.ShouldBe(FactTypeCategory.Enum);
        role.EnumMembers.ShouldBe(Enum.GetNames<Role>());
        role.Kind.ShouldBeNull();
    }

    [Fact]
    public void EvidenceForAFieldIsExactlyTheItemsNamingIt()
    {
        var yulia = Person.YuliaPeresild;

        var evidence = yulia.EvidenceFor(Person.Fields.Age);

        evidence.ShouldNotBeEmpty();
        evidence.ShouldAllBe(e => e.Fields.Contains("age") && !e.IsClaim);
        evidence.Count.ShouldBe(yulia.Evidence.Count(e => e.Fields.Contains("age") && !e.IsClaim));
        yulia.EvidenceFor(Person.Fields.Age).ShouldBe(((IFact)yulia).EvidenceFor(Person.Fields.Age));
        Should.Throw<ArgumentException>(() => yulia.EvidenceFor(Mission.Fields.All[0]));
    }

    [Fact]
    public void ClaimsForAnUndisputedFieldAreTheAdoptedValue()
    {
        var claim = Person.YuliaPeresild.ClaimsFor(Person.Fields.Age).ShouldHaveSingleItem();

        claim.IsAdopted.ShouldBeTrue();
        claim.Value.ShouldBe(37);
        claim.Evidence.ShouldBe(Person.YuliaPeresild.EvidenceFor(Person.Fields.Age));
        claim.Note.ShouldBeNull();
    }

    [Fact]
    public void ValueKindsDescribeThemselvesToo()
    {
        var valueKinds = Facts.Model.Kinds.Where(k => !k.IsEntity).ToList();

        foreach (var kind in valueKinds)
        {
            kind.Entries.ShouldBeEmpty();
            kind.TryGet("anything", out _).ShouldBeFalse();
            kind.Fields.ShouldAllBe(f => f.Owner == kind);
        }
    }

    [Fact]
    public void TheCatalogGivesTheSourcesTypedAndByIdAndTheModelGivesTheConstants()
    {
        Facts.Sources.Article000.Id.ShouldBe("Article000");
        Facts.Sources.Get("Article001").ShouldBeSameAs(Facts.Sources.Article001);
        Facts.Sources.TryGet("Article009", out _).ShouldBeFalse();
        Facts.Sources.All.Select(s => s.Id).ShouldBe(["Article000", "Article001", "Article002", "Article003", "Article004"]);
        Person.YuliaPeresild.Evidence[0].Source.ShouldBeSameAs(Facts.Sources.Article000);

        var days = Facts.Model.Constants.Single(c => c.Name == nameof(Facts.DaysOnStation));
        days.Value.ShouldBe(Facts.DaysOnStation);
        days.Type.ClrType.ShouldBe(typeof(TimeSpan));
        days.Evidence.ShouldBe(Facts.EvidenceFor(nameof(Facts.DaysOnStation)));
        days.Claims.ShouldHaveSingleItem().Value.ShouldBe(Facts.DaysOnStation);
    }

    /// <summary>Code that knows nothing of SpaceFilm reads every value of every entry through the descriptors.</summary>
    [Fact]
    public void AnyModelCanBeWalkedWithoutKnowingItsTypes()
    {
        var values = 0;
        foreach (var kind in Facts.Model.Kinds.Where(k => k.IsEntity))
        {
            foreach (var entry in kind.Entries)
            {
                entry.Kind.ShouldBeSameAs(kind);
                foreach (var field in kind.Fields)
                {
                    var value = field.GetValue(entry);
                    if (value is not null)
                    {
                        field.Type.ClrType.IsInstanceOfType(value).ShouldBeTrue($"{kind.Name}.{entry.Id}.{field.Name}");
                        values++;
                    }
                }
            }
        }

        values.ShouldBeGreaterThan(350);
    }
}
