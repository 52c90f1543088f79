using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TypedFacts.Generator.Diagnostics;

/// <summary>
/// The diagnostic catalog: every id the generator reports, in one place. Each id has a section
/// in docs/diagnostics.md (the help link) and a line in AnalyzerReleases.*.md.
/// </summary>
public static class FactDiagnostics
{
    private const string HelpBase = "https://github.com/typedfacts/typedfacts/blob/main/docs/diagnostics.md#";
    private const string Syntax = "TypedFacts.Syntax";
    private const string Types = "TypedFacts.Types";
    private const string Evidence = "TypedFacts.Evidence";
    private const string Files = "TypedFacts.Files";
    private const string Internal = "TypedFacts.Internal";

    // TF1xxx: YAML syntax, document structure, format version, limits
    public static readonly DiagnosticDescriptor YamlSyntax = Error("TF1001", "YAML syntax error", "The fact file is not valid YAML: {0}", Syntax);
    public static readonly DiagnosticDescriptor RootNotMapping = Error("TF1002", "The root of a fact file must be a mapping", "The root of a fact file must be a mapping of top-level keys (typedfacts, namespace, records, ...), but found {0}", Syntax);
    public static readonly DiagnosticDescriptor UnknownKey = Error("TF1003", "Unknown key", "Unknown key '{0}' in {1}; valid keys are {2}{3}", Syntax);
    public static readonly DiagnosticDescriptor UnsupportedVersion = Error("TF1004", "Unsupported format version", "Unsupported format version '{0}; 'typedfacts: 1' is the only version this generator reads", Syntax);
    public static readonly DiagnosticDescriptor WrongNodeKind = Error("TF1005", "Wrong kind of YAML node", "Expected {0} for {1}, but found {2}", Syntax);
    public static readonly DiagnosticDescriptor AliasNotAllowed = Error("TF1006", "Anchors, aliases, merge keys and tags are not allowed", "{0} is not allowed in a fact file: write the value out where it is used", Syntax);
    public static readonly DiagnosticDescriptor NestingTooDeep = Error("TF1007", "Nesting too deep", "The YAML nests deeper than {0} levels; flatten the structure", Syntax);
    public static readonly DiagnosticDescriptor DuplicateKey = Error("TF1008", "Duplicate key", "The key '{0}' appears twice in the same mapping (first on line {1}); remove one of them", Syntax);
    public static readonly DiagnosticDescriptor MultipleDocuments = Error("TF1009", "More than one YAML document", "A fact file holds one YAML document; remove the '---' document separator or split the file", Syntax);
    public static readonly DiagnosticDescriptor EmptySection = Error("TF1010", "Empty section", "{0} is empty; {1}", Syntax);
    public static readonly DiagnosticDescriptor TooManyEntryProperties = Warning("TF1011", "More entries than static properties", "The kind '{0}' has {1} entries: a .NET type holds at most 65,535 methods, so only the first {2} get a static property; every entry is reachable through {3}.Get, {3}.TryGet and {3}.All", Syntax);

    // TF2xxx: names, types, values, references, inference
    public static readonly DiagnosticDescriptor UnknownType = Error("TF2001", "Unknown type", "Unknown type '{0}'; expected a built-in type (string, int, long, double, decimal, bool, date, datetime, duration, url), an enum or a record kind, optionally followed by '[]' and/or '?'{1}", Types);
    public static readonly DiagnosticDescriptor ValueNotOfType = Error("TF2002", "Value is not of its type", "Expected {0} for '{1}', but found '{2}'{3}", Types);
    public static readonly DiagnosticDescriptor DateTimeWithoutOffset = Error("TF2003", "Date-time without offset", "The date-time '{0}' has no offset; add 'Z' for UTC or an offset such as '+03:00'", Types);
    public static readonly DiagnosticDescriptor DurationNotFixed = Error("TF2004", "Duration in months or years", "The duration '{0}' uses {1}, which have no fixed length; write it in days or weeks, or use an int field for a count of {1}", Types);
    public static readonly DiagnosticDescriptor NumberOutOfRange = Error("TF2005", "Number out of range", "The number '{0}' is out of range for {1}; use {2}", Types);
    public static readonly DiagnosticDescriptor UnknownField = Error("TF2010", "Unknown field", "'{0}' is not a field of {1}; its fields are {2}{3}", Types);
    public static readonly DiagnosticDescriptor MissingField = Error("TF2011", "Missing required field", "The {0} '{1}' has no value for the required field '{2}' ({3}); {4}", Types);
    public static readonly DiagnosticDescriptor UnknownReservedKey = Error("TF2012", "Unknown reserved key", "'{0}' is not a key of the format: keys beginning with '$' are reserved, and only '$evidence' exists{1}", Types);
    public static readonly DiagnosticDescriptor UnknownEnumMember = Error("TF2013", "Unknown enum member", "'{0}' is not a member of the enum {1}; its members are {2}{3}", Types);
    public static readonly DiagnosticDescriptor UnknownReference = Error("TF2014", "Unknown reference", "No {0} has the id '{1}'{2}", Types);
    public static readonly DiagnosticDescriptor InferenceConflict = Error("TF2015", "Inference conflict", "The field '{0}' of {1} cannot be inferred: it is {2} here but {3} on line {4}; declare the kind's 'fields' to say which type it has", Types);
    public static readonly DiagnosticDescriptor NullNotAllowed = Error("TF2016", "Null for a non-nullable field", "'{0}' is {1}, which does not accept null; {2}", Types);
    public static readonly DiagnosticDescriptor InvalidIdentifier = Error("TF2020", "Invalid identifier", "'{0}' cannot be turned into a C# identifier; {1}", Types);
    public static readonly DiagnosticDescriptor IdentifierCollision = Error("TF2021", "Identifiers collide", "'{0}' and '{1}' (line {2}) both become the C# name '{3}'; rename one of them", Types);
    public static readonly DiagnosticDescriptor ReservedName = Error("TF2022", "Name collides with a generated member", "'{0}' becomes the C# name '{1}', which {2}; rename it", Types);
    public static readonly DiagnosticDescriptor NotInferable = Error("TF2023", "Value cannot be inferred", "The type of '{0}' cannot be inferred from {1}; {2}", Types);

    // TF3xxx: sources, evidence, quotes
    public static readonly DiagnosticDescriptor UnknownSource = Error("TF3001", "Unknown source", "No source has the id '{0}'; the sources of this namespace are {1}{2}", Evidence);
    public static readonly DiagnosticDescriptor QuoteNotFound = Error("TF3002", "Quote not found in its source", "The quote is not in {0} ({1}); the closest passage is \"{2}\"", Evidence);
    public static readonly DiagnosticDescriptor EmptyQuote = Error("TF3003", "Empty quote", "An evidence quote must not be empty: copy the passage of {0} that supports the fact", Evidence);
    public static readonly DiagnosticDescriptor SourceNotAvailable = Warning("TF3004", "Source text not available", "The quotes citing source '{0}' cannot be checked: '{1}' is not among the AdditionalFiles; add <AdditionalFiles Include=\"{2}\" /> to the project", Evidence);
    public static readonly DiagnosticDescriptor UnknownEvidenceField = Error("TF3005", "Evidence names an unknown field", "The evidence names '{0}', which is not a field of {1}; its fields are {2}{3}", Evidence);
    public static readonly DiagnosticDescriptor MissingEvidence = Warning("TF3006", "Fact without evidence", "{0} '{1}' has no $evidence (TypedFactsRequireEvidence is true); cite the passage of a source that supports it", Evidence);
    public static readonly DiagnosticDescriptor MalformedEvidence = Error("TF3007", "Malformed evidence item", "An evidence item is either 'SourceId: \"quote\"' or {{source: SourceId, quote: \"...\", fields: [...], note: \"...\"}}; {0}", Evidence);

    // TF4xxx: several fact files together
    public static readonly DiagnosticDescriptor KindDeclaredDifferently = Error("TF4001", "Declared differently in two fact files", "{0} '{1}' is also declared in '{2}' with {3}; declare it the same way in every file, or in one file only", Files);
    public static readonly DiagnosticDescriptor DuplicateId = Error("TF4002", "Duplicate id", "The {0} id '{1}' is already defined in '{2}' (line {3}); ids of a kind are unique across all fact files", Files);

    // TF9xxx: internal errors
    public static readonly DiagnosticDescriptor InternalError = Error("TF9001", "Internal error in the TypedFacts generator", "The TypedFacts generator failed on '{0}': {1}. Please report this with the fact file", Internal);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Index(
        YamlSyntax, RootNotMapping, UnknownKey, UnsupportedVersion, WrongNodeKind, AliasNotAllowed, NestingTooDeep, DuplicateKey, MultipleDocuments, EmptySection, TooManyEntryProperties,
        UnknownType, ValueNotOfType, DateTimeWithoutOffset, DurationNotFixed, NumberOutOfRange, UnknownField, MissingField, UnknownReservedKey, UnknownEnumMember,
        UnknownReference, InferenceConflict, NullNotAllowed, InvalidIdentifier, IdentifierCollision, ReservedName, NotInferable,
        UnknownSource, QuoteNotFound, EmptyQuote, SourceNotAvailable, UnknownEvidenceField, MissingEvidence, MalformedEvidence,
        KindDeclaredDifferently, DuplicateId,
        InternalError);

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message, string category)
        => Create(id, title, message, category, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category)
        => Create(id, title, message, category, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity)
        => new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var map = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var d in descriptors)
        {
            map.Add(d.Id, d);
        }

        return map;
    }
}
