using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Diagnostics;

/// <summary>
/// The diagnostic catalog: every id the generator reports, and the one place that composes
/// their messages (SPEC 4). Call sites pass what they found, in the words of the format; the
/// methods here turn it into a sentence. Each id has a section in docs/diagnostics.md (the
/// help link) and a line in AnalyzerReleases.*.md. The file is long because it is the whole
/// catalog: one descriptor and one or more composing methods per id.
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
    private static readonly DiagnosticDescriptor s_yamlSyntax = Error("TF1001", "YAML syntax error", "The fact file is not valid YAML: {0}", Syntax);
    private static readonly DiagnosticDescriptor s_rootNotMapping = Error("TF1002", "The root of a fact file must be a mapping", "The root of a fact file must be a mapping of top-level keys (typedfacts, namespace, records, ...), but found {0}", Syntax);
    private static readonly DiagnosticDescriptor s_unknownKey = Error("TF1003", "Unknown key", "Unknown key '{0}' in {1}; valid keys are {2}{3}", Syntax);
    private static readonly DiagnosticDescriptor s_unsupportedVersion = Error("TF1004", "Unsupported format version", "Unsupported format version {0}; this generator reads 'typedfacts: 1' and 'typedfacts: 1.1'", Syntax);
    private static readonly DiagnosticDescriptor s_wrongNodeKind = Error("TF1005", "Wrong kind of YAML node", "Expected {0} for {1}, but found {2}", Syntax);
    private static readonly DiagnosticDescriptor s_aliasNotAllowed = Error("TF1006", "Anchors, aliases, merge keys and tags are not allowed", "{0} is not allowed in a fact file: write the value out where it is used", Syntax);
    private static readonly DiagnosticDescriptor s_nestingTooDeep = Error("TF1007", "Nesting too deep", "The YAML nests deeper than {0} levels; flatten the structure", Syntax);
    private static readonly DiagnosticDescriptor s_duplicateKey = Error("TF1008", "Duplicate key", "The key '{0}' appears twice in the same mapping (first on line {1}); remove one of them", Syntax);
    private static readonly DiagnosticDescriptor s_multipleDocuments = Error("TF1009", "More than one YAML document", "A fact file holds one YAML document; remove the '---' document separator or split the file", Syntax);
    private static readonly DiagnosticDescriptor s_emptySection = Error("TF1010", "Empty section", "{0} is empty; {1}", Syntax);
    private static readonly DiagnosticDescriptor s_runtimeNotReferenced = Error("TF1012", "The runtime library is not referenced", "Generated fact models use the TypedFacts runtime library (TypedFacts.dll), which this compilation does not reference: install the TypedFacts package, or reference the TypedFacts project; nothing is generated until then", Syntax);
    private static readonly DiagnosticDescriptor s_tooManyEntryProperties = Warning("TF1011", "More entries than static properties", "The kind '{0}' has {1} entries: a .NET type holds at most 65,535 methods, so only the first {2} get a static property; every entry is reachable through {3}.Get, {3}.TryGet and {3}.All", Syntax);

    // TF2xxx: names, types, values, references, inference
    private static readonly DiagnosticDescriptor s_unknownType = Error("TF2001", "Unknown type", "Unknown type '{0}'; expected a built-in type ({1}), an enum or a record kind, optionally followed by '[]' and/or '?'{2}", Types);
    private static readonly DiagnosticDescriptor s_valueNotOfType = Error("TF2002", "Value is not of its type", "Expected {0} for '{1}', but found '{2}'{3}", Types);
    private static readonly DiagnosticDescriptor s_dateTimeWithoutOffset = Error("TF2003", "Date-time without offset", "The date-time '{0}' has no offset; add 'Z' for UTC or an offset such as '+03:00'", Types);
    private static readonly DiagnosticDescriptor s_durationNotFixed = Error("TF2004", "Duration in months or years", "The duration '{0}' uses {1}, which have no fixed length; write it in days or weeks, or use an int field for a count of {1}", Types);
    private static readonly DiagnosticDescriptor s_numberOutOfRange = Error("TF2005", "Number out of range", "The number '{0}' is out of range for {1}; use {2}", Types);
    private static readonly DiagnosticDescriptor s_unknownField = Error("TF2010", "Unknown field", "'{0}' is not a field of {1}; its fields are {2}{3}", Types);
    private static readonly DiagnosticDescriptor s_missingField = Error("TF2011", "Missing required field", "The {0} '{1}' has no value for the required field '{2}' ({3}); {4}", Types);
    private static readonly DiagnosticDescriptor s_unknownReservedKey = Error("TF2012", "Unknown reserved key", "'{0}' is not a key of the format: keys beginning with '$' are reserved, and only '$evidence' exists{1}", Types);
    private static readonly DiagnosticDescriptor s_unknownEnumMember = Error("TF2013", "Unknown enum member", "'{0}' is not a member of the enum {1}; its members are {2}{3}", Types);
    private static readonly DiagnosticDescriptor s_unknownReference = Error("TF2014", "Unknown reference", "No {0} has the id '{1}'{2}", Types);
    private static readonly DiagnosticDescriptor s_inferenceConflict = Error("TF2015", "Inference conflict", "The field '{0}' of {1} cannot be inferred: it is {2} here but {3} on line {4}; declare the kind's 'fields' to say which type it has", Types);
    private static readonly DiagnosticDescriptor s_nullNotAllowed = Error("TF2016", "Null for a non-nullable field", "'{0}' is {1}, which does not accept null; {2}", Types);
    private static readonly DiagnosticDescriptor s_invalidIdentifier = Error("TF2020", "Invalid identifier", "'{0}' cannot be turned into a C# identifier; {1}", Types);
    private static readonly DiagnosticDescriptor s_identifierCollision = Error("TF2021", "Identifiers collide", "'{0}' and '{1}' (line {2}) both become the C# name '{3}'; rename one of them", Types);
    private static readonly DiagnosticDescriptor s_reservedName = Error("TF2022", "Name collides with a generated member", "'{0}' becomes the C# name '{1}', which {2}; {3}", Types);
    private static readonly DiagnosticDescriptor s_notInferable = Error("TF2023", "Value cannot be inferred", "The type of '{0}' cannot be inferred from {1}; {2}", Types);

    // TF3xxx: sources, evidence, quotes
    private static readonly DiagnosticDescriptor s_unknownSource = Error("TF3001", "Unknown source", "No source has the id '{0}'; the sources of this namespace are {1}{2}", Evidence);
    private static readonly DiagnosticDescriptor s_quoteNotFound = Error("TF3002", "Quote not found in its source", "The quote is not in {0} ({1}); the closest passage is \"{2}\"", Evidence);
    private static readonly DiagnosticDescriptor s_emptyQuote = Error("TF3003", "Empty quote", "An evidence quote must not be empty: copy the passage of {0} that supports the fact", Evidence);
    private static readonly DiagnosticDescriptor s_sourceNotAvailable = Warning("TF3004", "Source text not available", "The quotes citing source '{0}' cannot be checked: '{1}' is not among the AdditionalFiles; {2}", Evidence);
    private static readonly DiagnosticDescriptor s_unknownEvidenceField = Error("TF3005", "Evidence names an unknown field", "The evidence names '{0}', which is not a field of {1}; its fields are {2}{3}", Evidence);
    private static readonly DiagnosticDescriptor s_missingEvidence = Warning("TF3006", "Fact without evidence", "{0} '{1}' has no $evidence (TypedFactsRequireEvidence is {2}); cite the passage of a source that supports it", Evidence);
    private static readonly DiagnosticDescriptor s_malformedEvidence = Error("TF3007", "Malformed evidence item", "An evidence item is either 'SourceId: \"quote\"' or {{source: SourceId, quote: \"...\", fields: [...], note: \"...\", value: ...}}; {0}", Evidence);
    private static readonly DiagnosticDescriptor s_claimShape = Error("TF3009", "A claim names one field", "{0}", Evidence);
    private static readonly DiagnosticDescriptor s_claimOfAdoptedValue = Warning("TF3010", "A claim of the adopted value", "This claim's value is the value {0} already has, so it disputes nothing; a claim gives a source's different value: remove 'value:' to cite the item as support, or write the value the source gives", Evidence);
    private static readonly DiagnosticDescriptor s_uncitedValue = Warning("TF3011", "A value no evidence names", "{0} is cited by no evidence item naming it (TypedFactsRequireEvidence is fields); {1}", Evidence);
    private static readonly DiagnosticDescriptor s_sourcePathCase = Warning("TF3008", "Source file found under another letter case", "The file '{0}' of source '{1}' is the AdditionalFile '{2}' only when letter case is ignored; its quotes are checked against that file, but the build breaks on a case-sensitive file system: write the path as '{3}'", Evidence);

    // TF4xxx: several fact files together
    private static readonly DiagnosticDescriptor s_declaredDifferently = Error("TF4001", "Declared differently in two fact files", "{0} '{1}' is also declared in '{2}' with {3}; declare it the same way in every file, or in one file only", Files);
    private static readonly DiagnosticDescriptor s_duplicateId = Error("TF4002", "Duplicate id", "The {0} id '{1}' is already defined in '{2}' (line {3}); ids of a kind are unique across all fact files", Files);
    private static readonly DiagnosticDescriptor s_namespaceCase = Error("TF4003", "Namespaces that differ only in case", "The namespace '{0}' differs only in letter case from '{1}' of '{2}'; generated files are named by namespace and file systems ignore case, so write it as '{1}' (this file is not generated)", Files);

    // TF9xxx: internal errors
    private static readonly DiagnosticDescriptor s_internalError = Error("TF9001", "Internal error in the TypedFacts generator", "The TypedFacts generator failed on '{0}': {1}. Please report this with the fact file", Internal);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Index(
        s_yamlSyntax, s_rootNotMapping, s_unknownKey, s_unsupportedVersion, s_wrongNodeKind, s_aliasNotAllowed, s_nestingTooDeep, s_duplicateKey, s_multipleDocuments, s_emptySection, s_tooManyEntryProperties, s_runtimeNotReferenced,
        s_unknownType, s_valueNotOfType, s_dateTimeWithoutOffset, s_durationNotFixed, s_numberOutOfRange, s_unknownField, s_missingField, s_unknownReservedKey, s_unknownEnumMember,
        s_unknownReference, s_inferenceConflict, s_nullNotAllowed, s_invalidIdentifier, s_identifierCollision, s_reservedName, s_notInferable,
        s_unknownSource, s_quoteNotFound, s_emptyQuote, s_sourceNotAvailable, s_unknownEvidenceField, s_missingEvidence, s_malformedEvidence, s_sourcePathCase,
        s_claimShape, s_claimOfAdoptedValue, s_uncitedValue,
        s_declaredDifferently, s_duplicateId, s_namespaceCase,
        s_internalError);

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    // ------------------------------------------------------------------ TF1xxx

    public static DiagnosticInfo YamlSyntax(LocationInfo at, string parserMessage) => Create(s_yamlSyntax, at, parserMessage);

    /// <summary>YamlDotNet could not read a type such as <c>Person[]</c> written unquoted in a flow mapping.</summary>
    public static DiagnosticInfo UnquotedTypeInFlowMapping(LocationInfo at, string typeText)
        => Create(s_yamlSyntax, at, $"'[' and ']' are YAML syntax inside a flow mapping {{...}}, so the type '{typeText}' must be quoted there: write \"{typeText}\"");

    /// <summary>YamlDotNet's scanner gave up (an InvalidOperationException on some malformed plain scalars).</summary>
    public static DiagnosticInfo YamlReaderStopped(LocationInfo at, string detail)
        => Create(s_yamlSyntax, at, "the YAML parser could not read on from here; a '{' or '[' may be left open (" + detail.TrimEnd('.') + ")");

    public static DiagnosticInfo RootNotMapping(LocationInfo at, string found) => Create(s_rootNotMapping, at, found);

    public static DiagnosticInfo UnknownKey(LocationInfo at, string key, string where, IReadOnlyList<string> validKeys)
        => Create(s_unknownKey, at, key, where, MessageText.List(validKeys), MessageText.DidYouMean(key, validKeys));

    /// <param name="text">The version as written.</param>
    /// <param name="quoted">Whether it was quoted (a version is a number).</param>
    /// <param name="found">What was found when it is not a single value.</param>
    public static DiagnosticInfo UnsupportedVersion(LocationInfo at, string? text, bool quoted, string found)
        => Create(s_unsupportedVersion, at, text is null ? found : quoted ? $"\"{text}\" (quoted: write the number without quotes)" : $"'{text}'");

    public static DiagnosticInfo WrongNodeKind(LocationInfo at, string expected, string what, string found) => Create(s_wrongNodeKind, at, expected, what, found);

    public static DiagnosticInfo Alias(LocationInfo at, string name) => Create(s_aliasNotAllowed, at, $"The alias '*{name}'");

    public static DiagnosticInfo Anchor(LocationInfo at, string name) => Create(s_aliasNotAllowed, at, $"The anchor '&{name}'");

    public static DiagnosticInfo Tag(LocationInfo at, string tag) => Create(s_aliasNotAllowed, at, $"The tag '{tag}'");

    public static DiagnosticInfo MergeKey(LocationInfo at) => Create(s_aliasNotAllowed, at, "The merge key '<<'");

    public static DiagnosticInfo NestingTooDeep(LocationInfo at) => Create(s_nestingTooDeep, at, FormatLimits.MaxDepth.ToString(CultureInfo.InvariantCulture));

    public static DiagnosticInfo DuplicateKey(LocationInfo at, string key, LocationInfo first) => Create(s_duplicateKey, at, key, MessageText.Line(first));

    public static DiagnosticInfo MultipleDocuments(LocationInfo at) => Create(s_multipleDocuments, at);

    public static DiagnosticInfo EnumWithoutMembers(LocationInfo at, string name) => Create(s_emptySection, at, $"The enum '{name}'", "list its members under 'members'");

    public static DiagnosticInfo EmptyEnum(LocationInfo at, string name) => Create(s_emptySection, at, $"The enum '{name}'", "an enum needs at least one member");

    public static DiagnosticInfo EmptyKind(LocationInfo at, string name)
        => Create(s_emptySection, at, $"The record kind '{name}'", "give it 'entries' (an entity kind) or 'fields' (a value kind written inline)");

    public static DiagnosticInfo KindWithoutEntriesOrFields(LocationInfo at, string name)
        => Create(s_emptySection, at, $"The record kind '{name}'", "give it entries, or declare its 'fields'");

    public static DiagnosticInfo FieldWithoutType(LocationInfo at, string field) => Create(s_emptySection, at, $"The field '{field}'", "give it a 'type'");

    public static DiagnosticInfo ConstantWithoutValue(LocationInfo at, string name)
        => Create(s_emptySection, at, $"The constant '{name}'", "write its value directly, or as {value: ..., type: ..., $evidence: [...]}");

    public static DiagnosticInfo RuntimeNotReferenced(LocationInfo at) => Create(s_runtimeNotReferenced, at);

    public static DiagnosticInfo TooManyEntryProperties(LocationInfo at, string kind, int count, string typeName)
        => Create(s_tooManyEntryProperties, at, kind, MessageText.Number(count), MessageText.Number(FormatLimits.MaxEntryProperties), typeName);

    // ------------------------------------------------------------------ TF2xxx

    public static DiagnosticInfo UnknownType(LocationInfo at, string text, IEnumerable<string> candidates)
        => Create(s_unknownType, at, text, string.Join(", ", ScalarTypes.Names), text.Length == 0 ? string.Empty : MessageText.DidYouMean(TypeExpression.NameOf(text), candidates));

    /// <summary>A value that the type table refused, with the reason it gave.</summary>
    public static DiagnosticInfo BadValue(LocationInfo at, ScalarType type, string field, string text, ValueError error) => error.Kind switch
    {
        ValueErrorKind.Quoted => Create(s_valueNotOfType, at, type.Description, field, text, "; a quoted value is always a string: remove the quotes"),
        ValueErrorKind.WithoutOffset => Create(s_dateTimeWithoutOffset, at, text),
        ValueErrorKind.NotFixedLength => Create(s_durationNotFixed, at, text, error.Detail),
        ValueErrorKind.OutOfRange => Create(s_numberOutOfRange, at, text, type.Name, error.Detail),
        _ => Create(s_valueNotOfType, at, type.Description, field, text, error.Detail.Length == 0 ? string.Empty : "; " + error.Detail),
    };

    /// <summary>A value whose YAML node cannot hold its type: a mapping for an enum member, a scalar for a list.</summary>
    public static DiagnosticInfo WrongValueNode(LocationInfo at, string expected, string field, string found)
        => Create(s_wrongNodeKind, at, expected, $"'{field}'", found);

    /// <param name="owner">What has the field: "Person entry", "source", "MissionLanding value of".</param>
    public static DiagnosticInfo MissingField(LocationInfo at, string owner, string ownerName, string field, string typeText)
        => Create(s_missingField, at, owner, ownerName, field, typeText, $"add it, or declare the field as '{typeText}?'");

    public static DiagnosticInfo MissingSourceTitle(LocationInfo at, string sourceId)
        => Create(s_missingField, at, "source", sourceId, "title", "string", "add 'title:' with the title of the source");

    public static DiagnosticInfo UnknownField(LocationInfo at, string field, string kind, IReadOnlyList<string> fields)
        => Create(s_unknownField, at, field, kind, MessageText.List(fields), MessageText.DidYouMean(field, fields));

    public static DiagnosticInfo UnknownReservedKey(LocationInfo at, string key)
        => Create(s_unknownReservedKey, at, key, MessageText.DidYouMean(key, FormatKeys.ReservedEntryKeys));

    public static DiagnosticInfo ReservedKeyInInlineValue(LocationInfo at, string key)
        => Create(s_unknownReservedKey, at, key, "; an inline value has no '$' keys, its evidence belongs to the entry");

    public static DiagnosticInfo UnknownEnumMember(LocationInfo at, string text, string enumName, IReadOnlyList<string> members)
        => Create(s_unknownEnumMember, at, text, enumName, MessageText.List(members), MessageText.DidYouMean(text, members));

    public static DiagnosticInfo UnknownReference(LocationInfo at, string kind, string id, IEnumerable<string> ids)
        => Create(s_unknownReference, at, kind, id, MessageText.DidYouMean(id, ids));

    /// <summary>Located on the second value, with the first as an additional location: both places show in the IDE.</summary>
    public static DiagnosticInfo InferenceConflict(LocationInfo at, string field, string kind, string here, string first, LocationInfo firstAt)
        => Create(s_inferenceConflict, at, field, kind, here, first, MessageText.Line(firstAt)) with { AdditionalLocations = new EquatableArray<LocationInfo>([firstAt]) };

    public static DiagnosticInfo NullForField(LocationInfo at, string field, string typeText)
        => Create(s_nullNotAllowed, at, field, typeText, $"give a value or declare it as '{typeText}?'");

    public static DiagnosticInfo NullListItem(LocationInfo at, string field, string elementTypeText)
        => Create(s_nullNotAllowed, at, "an item of '" + field + "'", elementTypeText, "remove the null item: list items cannot be null");

    public static DiagnosticInfo InvalidName(LocationInfo at, string text) => Create(s_invalidIdentifier, at, text, Identifiers.WhyInvalid(text));

    public static DiagnosticInfo InvalidNamespace(LocationInfo at, string text)
        => Create(s_invalidIdentifier, at, text, "a namespace is one or more C# identifiers separated by dots, such as 'SpaceFilm.Facts'");

    public static DiagnosticInfo IdentifierCollision(LocationInfo at, string name, string otherName, LocationInfo otherAt, string csharpName)
        => Create(s_identifierCollision, at, name, otherName, MessageText.Line(otherAt), csharpName);

    public static DiagnosticInfo ReservedName(LocationInfo at, string name, string csharpName, NameClash clash, string owner = "") => Create(s_reservedName, at, name, csharpName, ClashReason(clash, owner), clash == NameClash.DefaultCatalog
        ? "name the catalog with 'catalog:', or rename the file"
        : "rename it");

    private static string ClashReason(NameClash clash, string owner) => clash switch
    {
        NameClash.RuntimeType => "is (but for case) the name of a type of the TypedFacts runtime library, which generated code uses",
        NameClash.EnumItself => "is the name of the enum itself",
        NameClash.KindItself => "is the name of the kind itself",
        NameClash.CatalogItself => "is the name of the catalog class itself",
        NameClash.EntityMember => "is a member every generated entity type has",
        NameClash.ValueMember => "is a member every generated value type has",
        NameClash.CatalogMember => "is a member of every catalog class",
        NameClash.DefaultCatalog => "is already a type of this namespace",
        _ => "is already a member of " + owner,
    };

    public static DiagnosticInfo NotInferable(LocationInfo at, string name, string from, string advice) => Create(s_notInferable, at, name, from, advice);

    // ------------------------------------------------------------------ TF3xxx

    public static DiagnosticInfo UnknownSource(LocationInfo at, string id, IReadOnlyList<string> sources)
        => Create(s_unknownSource, at, id, MessageText.List(sources), MessageText.DidYouMean(id, sources));

    public static DiagnosticInfo QuoteNotFound(LocationInfo at, string sourceId, string path, string closest) => Create(s_quoteNotFound, at, sourceId, path, closest);

    public static DiagnosticInfo EmptyQuote(LocationInfo at, string sourceId) => Create(s_emptyQuote, at, sourceId);

    /// <param name="includePath">How the project would list the text; for a fact file named as Unity names it, the advice is Unity's.</param>
    public static DiagnosticInfo SourceNotAvailable(LocationInfo at, string sourceId, string declaredPath, string includePath)
        => Create(s_sourceNotAvailable, at, sourceId, declaredPath, !Format.UnityFiles.IsUnityName(at.FilePath, out _)
            ? $"add <AdditionalFiles Include=\"{includePath}\" /> to the project"
            : Format.UnityFiles.IsUnityName(declaredPath, out _)
                ? "in Unity, put the text in the Assets folder of a project whose assemblies use TypedFacts, at that path beside the fact file"
                : $"in Unity a text reaches the generator only as an additional file named like 'Article{Format.UnityFiles.Suffix}' (no other dot in the name): name the text so, and write that name in 'file:'");

    public static DiagnosticInfo SourcePathCase(LocationInfo at, string sourceId, string declaredPath, string actualPath, string suggestedPath)
        => Create(s_sourcePathCase, at, declaredPath, sourceId, actualPath, suggestedPath);

    /// <param name="owner">The kind's YAML name, or null for a constant.</param>
    public static DiagnosticInfo UnknownEvidenceField(LocationInfo at, string field, string? owner, IReadOnlyList<string> fields)
        => Create(s_unknownEvidenceField, at, field, owner ?? "a constant", MessageText.List(fields), MessageText.DidYouMean(field, fields));

    /// <param name="owner">"The Person entry", "The constant".</param>
    /// <param name="mode">The value of <c>TypedFactsRequireEvidence</c> that asks for evidence: "true" or "fields".</param>
    public static DiagnosticInfo MissingEvidence(LocationInfo at, string owner, string name, string mode) => Create(s_missingEvidence, at, owner, name, mode);

    public static DiagnosticInfo EvidenceItemNotAMapping(LocationInfo at, string found) => Create(s_malformedEvidence, at, "found " + found);

    public static DiagnosticInfo EvidenceLongFormIncomplete(LocationInfo at) => Create(s_malformedEvidence, at, "the long form needs both 'source' and 'quote'");

    public static DiagnosticInfo EvidenceShortFormTooLong(LocationInfo at) => Create(s_malformedEvidence, at, "the short form has exactly one 'SourceId: quote' pair");

    public static DiagnosticInfo QuoteNotText(LocationInfo at, string found) => Create(s_malformedEvidence, at, "a quote is a single string, but found " + found);

    /// <param name="count">How many fields the claim's <c>fields</c> names.</param>
    public static DiagnosticInfo ClaimFieldCount(LocationInfo at, int count)
        => Create(s_claimShape, at, $"A claim (an evidence item with value:) gives its source's value for one field, so its 'fields' names exactly one, but {(count == 0 ? "it names none" : "it names " + count.ToString(CultureInfo.InvariantCulture))}; make one item per field");

    /// <param name="name">The field or constant the claim is about.</param>
    public static DiagnosticInfo ClaimOfTheAdoptedValue(LocationInfo at, string name) => Create(s_claimOfAdoptedValue, at, name);

    /// <param name="owner">"Person entry 'YuliaPeresild'".</param>
    public static DiagnosticInfo UncitedFieldValue(LocationInfo at, string field, string owner)
        => Create(s_uncitedValue, at, $"The value of '{field}' of the {owner}", $"add '{field}' to the 'fields' of an item whose quote supports it");

    public static DiagnosticInfo UncitedConstant(LocationInfo at, string name)
        => Create(s_uncitedValue, at, $"The value of the constant '{name}'", "cite the passage of a source that gives it, in an item without 'value:'");

    // ------------------------------------------------------------------ TF4xxx

    /// <param name="what">"The source", "The enum", "The record kind".</param>
    /// <param name="difference">"other members", "other fields", ...</param>
    public static DiagnosticInfo DeclaredDifferently(LocationInfo at, string what, string name, string otherPath, string difference)
        => Create(s_declaredDifferently, at, what, name, otherPath, difference);

    public static DiagnosticInfo DuplicateId(LocationInfo at, string kind, string id, LocationInfo first)
        => Create(s_duplicateId, at, kind, id, first.FilePath, MessageText.Line(first));

    public static DiagnosticInfo NamespaceCase(LocationInfo at, string name, string other, string otherPath)
        => Create(s_namespaceCase, at, name, other, otherPath);

    // ------------------------------------------------------------------ TF9xxx

    public static DiagnosticInfo InternalError(LocationInfo at, string path, string detail) => Create(s_internalError, at, path, detail);

    private static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        => new(descriptor.Id, location, new EquatableArray<string>(arguments));

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

/// <summary>Why a name cannot be used: it would collide with something TypedFacts generates.</summary>
public enum NameClash
{
    /// <summary>A kind, enum or catalog named like a type of the runtime library (SPEC 3.1).</summary>
    RuntimeType,
    EnumItself,
    KindItself,
    CatalogItself,
    EntityMember,
    ValueMember,
    CatalogMember,

    /// <summary>A catalog named after its file, where that name is already a kind or enum.</summary>
    DefaultCatalog,

    /// <summary>Another member of a named owner (the catch-all, with <c>owner</c>).</summary>
    Member,
}
