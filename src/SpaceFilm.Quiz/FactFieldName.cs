using System.Text.Json;

namespace SpaceFilm.Quiz;

/// <summary>Maps a generated property name back to the name of its field in the fact file.</summary>
public static class FactFieldName
{
    /// <summary>The fact-file name of a generated property, such as <c>age</c> for <c>Person.Age</c>.</summary>
    /// <param name="propertyName">The property name, best written with <c>nameof</c>.</param>
    /// <remarks>
    /// The generator PascalCases the camelCase field names of the fact file and keeps no map back,
    /// so camel-casing the property name again is how evidence <see cref="FactEvidence.Fields"/> are matched.
    /// </remarks>
    public static string Of(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);
}
