using System;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Format;

/// <summary>
/// The types of the runtime library, <c>TypedFacts.dll</c> (SPEC 3.1), that generated code uses:
/// no kind, enum or catalog may take their names (compared ignoring case, as hint names are),
/// and a field may refer to a source with the type <c>FactSource</c>.
/// </summary>
public static class RuntimeTypes
{
    public const string Namespace = "TypedFacts";

    public const string SourceName = "FactSource";

    /// <summary>Every public type of the runtime library; a test compares it with the library itself.</summary>
    public static readonly string[] Names =
    [
        "FactClaim", "FactConstant", "FactData", "FactDataReader", "FactDate", "FactDatePrecision", "FactEvidence", "FactField", "FactKind",
        "FactModel", "FactSource", "FactType", "FactTypeCategory", "IFact", "IFactRecord",
    ];

    /// <summary>The type <c>FactSource</c> as a field type: a reference to a source by its id.</summary>
    public static readonly TypeRef SourceType = new(TypeCategory.Source, ScalarKind.String, SourceName, SourceName, IsList: false, IsNullable: false);

    /// <summary>A type of the runtime that the generated code uses, fully qualified.</summary>
    public static string Qualified(string name) => "global::" + Namespace + "." + name;

    public static bool IsRuntimeTypeName(string name)
    {
        foreach (var runtime in Names)
        {
            if (string.Equals(runtime, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
