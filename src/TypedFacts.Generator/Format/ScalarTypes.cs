using System;
using System.Collections.Generic;
using TypedFacts.Generator.Format.Scalars;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Format;

/// <summary>
/// The type table of the format (SPEC 2.2): every built-in type, one row each (see
/// <see cref="ScalarType"/>). The rows are listed in inference order: a plain scalar gets the
/// first type that recognizes it, and a string when none does (SPEC 2.3).
/// </summary>
public static class ScalarTypes
{
    private static readonly ScalarType[] s_rows =
    [
        new IntType(),
        new LongType(),
        new DoubleType(),
        new BoolType(),
        new DateType(),
        new DateTimeType(),
        new DurationType(),
        new DecimalType(),
        new PartialDateType(),
        new UrlType(),
        new StringType(),
    ];

    private static readonly ScalarType[] s_byKind = IndexByKind();
    private static readonly Dictionary<string, ScalarType> s_byName = IndexByName();

    /// <summary>The YAML names, in the order the docs list them.</summary>
    public static readonly string[] Names = ["string", "int", "long", "double", "decimal", "bool", "date", "partialdate", "datetime", "duration", "url"];

    public static IReadOnlyList<ScalarType> All => s_rows;

    public static ScalarType String => Of(ScalarKind.String);

    public static ScalarType Of(ScalarKind kind) => s_byKind[(int)kind];

    public static bool TryGet(string name, out ScalarType type) => s_byName.TryGetValue(name, out type!);

    /// <summary>The type a plain scalar has when nothing declares it; a quoted or empty scalar is a string.</summary>
    public static ScalarType Infer(string text, bool isPlain)
    {
        if (isPlain && text.Length > 0)
        {
            foreach (var row in s_rows)
            {
                if (row.Recognizes(text))
                {
                    return row;
                }
            }
        }

        return String;
    }

    /// <summary>Two inferred types of one field: the same type, or the wider of two numbers; null when they do not unify.</summary>
    public static ScalarType? Unify(ScalarType a, ScalarType b)
    {
        if (a == b)
        {
            return a;
        }

        if (a.NumericRank > 0 && b.NumericRank > 0)
        {
            return a.NumericRank > b.NumericRank ? a : b;
        }

        return null;
    }

    private static ScalarType[] IndexByKind()
    {
        var byKind = new ScalarType[s_rows.Length];
        foreach (var row in s_rows)
        {
            byKind[(int)row.Kind] = row;
        }

        foreach (var row in byKind)
        {
            if (row is null)
            {
                throw new InvalidOperationException("A ScalarKind has no row in the type table.");
            }
        }

        return byKind;
    }

    private static Dictionary<string, ScalarType> IndexByName()
    {
        var byName = new Dictionary<string, ScalarType>(StringComparer.Ordinal);
        foreach (var row in s_rows)
        {
            byName.Add(row.Name, row);
        }

        return byName;
    }
}
