namespace SpaceFilm.Quiz;

/// <summary>The typed fact a question is asked about: how to name it, and the evidence the sources give for it.</summary>
/// <param name="Name">The fact as C# reads it: <c>Person.YuliaPeresild.Age</c>, <c>Facts.DaysOnStation</c>.</param>
/// <param name="Evidence">The evidence for that fact, and only for it.</param>
public sealed record QuizFact(string Name, IReadOnlyList<FactEvidence> Evidence)
{
    /// <summary>A field of an entry, with the evidence whose <c>fields</c> name it.</summary>
    /// <typeparam name="TRecord">The entry's kind.</typeparam>
    /// <typeparam name="TValue">The type of the field.</typeparam>
    /// <param name="entry">The entry.</param>
    /// <param name="field">The field, such as <c>Person.Fields.Age</c>.</param>
    /// <returns>The fact.</returns>
    public static QuizFact Of<TRecord, TValue>(TRecord entry, FactField<TRecord, TValue> field)
        where TRecord : class, IFact
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(field);
        return new QuizFact($"{field.Owner.Name}.{entry.Id}.{field.Name}", entry.EvidenceFor(field));
    }

    /// <summary>A constant of the model, with its evidence (claims of other values left out).</summary>
    /// <param name="name">The constant's C# name, best written with <c>nameof</c>.</param>
    /// <returns>The fact.</returns>
    public static QuizFact Constant(string name)
    {
        var constant = Facts.Model.Constants.Single(c => c.Name == name);
        return new QuizFact($"{nameof(Facts)}.{constant.Name}", constant.Claims[0].Evidence);
    }

    /// <summary>This fact's evidence followed by another's (without repeating an item), under this fact's name.</summary>
    /// <param name="other">The other fact.</param>
    /// <returns>The fact.</returns>
    public QuizFact With(QuizFact other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with { Evidence = Evidence.Concat(other.Evidence).Distinct().ToList().AsReadOnly() };
    }
}
