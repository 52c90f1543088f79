namespace TypedFacts.Generator.Format;

/// <summary>
/// The members TypedFacts generates on each kind of type (SPEC 3.2), which no entry id, field or
/// constant may take. The one list of them: the binder checks names against it, and a test
/// checks it against the members the emitter really writes.
/// </summary>
public static class GeneratedMembers
{
    /// <summary>Members of System.Object and those a record synthesizes.</summary>
    private static readonly string[] s_object = ["Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize", "EqualityContract", "Deconstruct", "PrintMembers"];

    public static readonly string[] Entity = ["All", "Get", "TryGet", "Id", "Evidence", .. s_object];

    public static readonly string[] Value = s_object;

    public static readonly string[] Catalog = ["EvidenceFor", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals"];

    public static bool IsEntityMember(string name) => System.Array.IndexOf(Entity, name) >= 0;

    public static bool IsValueMember(string name) => System.Array.IndexOf(Value, name) >= 0;

    public static bool IsCatalogMember(string name) => System.Array.IndexOf(Catalog, name) >= 0;
}
