namespace TypedFacts.Generator.Format;

/// <summary>The limits of the format (SPEC 5) and of what one generated type can hold.</summary>
public static class FormatLimits
{
    /// <summary>Deeper YAML is rejected, without recursion, so a hostile file cannot overflow the compiler's stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Entries that get a static property. Each property is a getter method, and the runtime
    /// refuses to load a type with more than 65,535 methods (found building a 100,000-entry
    /// consumer); the rest of a larger kind is reached through Get, TryGet and All (TF1011).
    /// </summary>
    public const int MaxEntryProperties = 50_000;
}
