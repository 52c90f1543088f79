namespace TypedFacts.Generator.Format;

/// <summary>The keys of the format (SPEC 2), section by section: the parser accepts these and no others.</summary>
public static class FormatKeys
{
    public const string Version = "typedfacts";
    public const string Namespace = "namespace";
    public const string Catalog = "catalog";
    public const string Description = "description";
    public const string Sources = "sources";
    public const string Enums = "enums";
    public const string Records = "records";
    public const string Constants = "constants";

    public const string Evidence = "$evidence";

    public static readonly string[] TopLevel = [Version, Namespace, Catalog, Description, Sources, Enums, Records, Constants];

    public static readonly string[] Kind = ["description", "fields", "entries"];

    public static readonly string[] Field = ["type", "description"];

    public static readonly string[] Source = ["file", "published", "title", "url"];

    public static readonly string[] Enum = ["description", "members"];

    public static readonly string[] Constant = ["value", "type", "description", Evidence];

    public static readonly string[] EvidenceItem = ["source", "quote", "fields", "note", "value"];

    /// <summary>The '$' keys an entry may have.</summary>
    public static readonly string[] ReservedEntryKeys = [Evidence];

    /// <summary>The versions this generator reads (SPEC 2: a file using a 1.1 feature may still say 1).</summary>
    public static readonly string[] Versions = ["1", "1.1"];

    public static bool IsReserved(string key) => key.Length > 0 && key[0] == '$';
}
