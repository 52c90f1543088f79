namespace TypedFacts.Generator.Format;

/// <summary>
/// The members TypedFacts generates on each kind of type (SPEC 3.2), which no entry id, field,
/// source or constant may take. The one list of them: the binder checks names against it, and
/// a test checks it against the members the emitter really writes.
/// </summary>
public static class GeneratedMembers
{
    /// <summary>Members of System.Object and those a record synthesizes.</summary>
    private static readonly string[] s_object = ["Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize", "EqualityContract", "Deconstruct", "PrintMembers"];

    /// <summary>
    /// The members of an entity type. <c>Kind</c> (IFactRecord.Kind) is implemented explicitly when
    /// a field takes the name, so a field may; an entry, a static property, may not.
    /// </summary>
    public static readonly string[] Entity = ["All", "Get", "TryGet", "Id", "Evidence", "EvidenceFor", "ClaimsFor", "Descriptor", "Fields", .. s_object];

    /// <summary>
    /// Members the generator writes on entity and value types but yields to a field that takes
    /// the name (then implementing the interface member explicitly). Entries, static
    /// properties, may not take them: they would collide with the instance member.
    /// </summary>
    public static readonly string[] YieldedToFields = ["Kind"];

    /// <summary>The members of a value type; <c>All</c> is <c>Fields.All</c>.</summary>
    public static readonly string[] Value = ["Descriptor", "Fields", "All", .. s_object];

    public static readonly string[] Catalog = ["EvidenceFor", "Model", "Sources", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals"];

    /// <summary>The members of a catalog's nested <c>Sources</c> class, which has a property per source id.</summary>
    public static readonly string[] Sources = ["All", "Get", "TryGet", "Sources", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals"];

    public static bool IsEntityMember(string name) => System.Array.IndexOf(Entity, name) >= 0;

    public static bool IsValueMember(string name) => System.Array.IndexOf(Value, name) >= 0;

    public static bool IsCatalogMember(string name) => System.Array.IndexOf(Catalog, name) >= 0;

    public static bool IsSourcesMember(string name) => System.Array.IndexOf(Sources, name) >= 0;
}
