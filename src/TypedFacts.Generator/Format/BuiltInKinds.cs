using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Format;

/// <summary>
/// The kinds every namespace gets without declaring them: <c>FactSource</c>, an entity kind whose
/// entries are the namespace's <c>sources</c> (SPEC 2.4), and <c>FactEvidence</c>, the value kind
/// of every <c>Evidence</c> list.
/// </summary>
public static class BuiltInKinds
{
    public const string SourceName = "FactSource";
    public const string EvidenceName = "FactEvidence";

    /// <summary>The fields of <c>FactSource</c>, in the order of their values.</summary>
    public static readonly EquatableArray<FieldSpec> SourceFields = new(
    [
        new("Title", "title", TypeRef.Of(ScalarKind.String, "string"), "The title of the source."),
        new("Published", "published", TypeRef.Of(ScalarKind.Date, "date") with { IsNullable = true }, "The date the source was published, when known."),
        new("Url", "url", TypeRef.Of(ScalarKind.Url, "url") with { IsNullable = true }, "Where the source can be read, when known."),
        new("File", "file", TypeRef.Of(ScalarKind.String, "string") with { IsNullable = true }, "The file holding the source's text, relative to the fact file that declares it."),
    ]);

    public static readonly TypeRef SourceType = new(TypeCategory.Entity, ScalarKind.String, SourceName, SourceName, IsList: false, IsNullable: false);

    /// <summary>The fields of <c>FactEvidence</c>.</summary>
    public static readonly EquatableArray<FieldSpec> EvidenceFields = new(
    [
        new("Source", "source", SourceType, "The source the quote is taken from."),
        new("Quote", "quote", TypeRef.Of(ScalarKind.String, "string"), "The passage of the source, verbatim."),
        new("Fields", "fields", TypeRef.Of(ScalarKind.String, "string") with { IsList = true }, "The fields the quote supports; empty when it supports the whole fact."),
        new("Note", "note", TypeRef.Of(ScalarKind.String, "string") with { IsNullable = true }, "The curator's note, for instance on how sources disagree."),
    ]);

    public const string SourceDescription = "A source the facts of this namespace are distilled from.";
    public const string EvidenceDescription = "The evidence behind a fact: a verbatim quote from one of its sources.";

    /// <summary>Whether a kind, enum or catalog name would clash with a built-in type (compared ignoring case, as hint names are).</summary>
    public static bool IsBuiltInTypeName(string name)
        => string.Equals(name, SourceName, System.StringComparison.OrdinalIgnoreCase) || string.Equals(name, EvidenceName, System.StringComparison.OrdinalIgnoreCase);
}
