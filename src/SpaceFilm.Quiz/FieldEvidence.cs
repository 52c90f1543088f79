namespace SpaceFilm.Quiz;

/// <summary>Picks, from an entry's evidence, the quotes that support one of its fields.</summary>
public static class FieldEvidence
{
    /// <summary>The evidence that supports the field behind <paramref name="propertyName"/>.</summary>
    /// <param name="evidence">The entry's evidence.</param>
    /// <param name="propertyName">The generated property, best written with <c>nameof</c>.</param>
    /// <returns>
    /// The quotes naming the field or supporting the whole entry; all of the entry's evidence when none does,
    /// because showing too much evidence is better than showing none.
    /// </returns>
    public static IReadOnlyList<FactEvidence> Of(IReadOnlyList<FactEvidence> evidence, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var field = FactFieldName.Of(propertyName);
        var supporting = evidence
            .Where(e => e.Fields.Count == 0 || e.Fields.Contains(field, StringComparer.Ordinal))
            .ToList();
        return supporting.Count > 0 ? supporting.AsReadOnly() : evidence;
    }
}
