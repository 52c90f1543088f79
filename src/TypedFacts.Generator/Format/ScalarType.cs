using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Format;

/// <summary>
/// A row of the type table (SPEC 2.2): one built-in type with its YAML name, its C# types, how
/// it reads a YAML value (and why it refuses one), whether inference picks it for a plain
/// scalar (SPEC 2.3), and how its values are written as C#. Parser, inference and emitter all
/// go through the row, so a new type is one new row.
/// </summary>
public abstract class ScalarType
{
    protected ScalarType(ScalarKind kind, string name, string csharpType, string description)
    {
        Kind = kind;
        Name = name;
        CSharpType = csharpType;
        Description = description;
    }

    public ScalarKind Kind { get; }

    /// <summary>The YAML name: <c>int</c>, <c>date</c>.</summary>
    public string Name { get; }

    /// <summary>The C# type, <c>global::</c>-qualified where it is not a keyword.</summary>
    public string CSharpType { get; }

    /// <summary>How messages describe the values it accepts: "a date (yyyy-MM-dd, such as 2021-10-17)".</summary>
    public string Description { get; }

    /// <summary>Whether the C# type is a value type (nullable as <c>T?</c> in every language version).</summary>
    public virtual bool IsValueType => true;

    /// <summary>Whether a constant of this type can be a C# <c>const</c>.</summary>
    public virtual bool CanBeConst => false;

    /// <summary>Numbers unify when inferred: int with long is long, either with double is double (0: not a number).</summary>
    public virtual int NumericRank => 0;

    /// <summary>The C# type where the target may lack it (<c>date</c> is DateTime without DateOnly).</summary>
    public virtual string CSharpTypeFor(bool hasDateOnly) => CSharpType;

    /// <summary>Reads a YAML scalar: its canonical, culture-free text, or why it is not of this type.</summary>
    public ScalarParse Parse(string text, bool isPlain)
        => isPlain || AcceptsQuoted ? ParseText(text) : ScalarParse.Fail(ValueErrorKind.Quoted);

    /// <summary>Whether inference gives this type to a plain scalar of this text (tried in table order).</summary>
    public virtual bool Recognizes(string text) => false;

    /// <summary>A C# expression of the value with this canonical text.</summary>
    public abstract string Literal(string canonical, bool hasDateOnly);

    /// <summary>
    /// The value as an entry's data holds it (the runtime's <c>FactDataReader</c> reads it back):
    /// the canonical text, unless the type needs a form every runtime reads exactly.
    /// </summary>
    public virtual string DataText(string canonical) => canonical;

    /// <summary>The C# expression that reads a value of this type with the data reader <paramref name="reader"/>.</summary>
    public abstract string DataRead(string reader, bool hasDateOnly);

    /// <summary>A quoted scalar is always a string (SPEC 2.2); only text-like types take one.</summary>
    protected virtual bool AcceptsQuoted => false;

    protected abstract ScalarParse ParseText(string text);

    public override string ToString() => Name;
}

/// <summary>Why a value was refused, for the catalog to put into words.</summary>
public enum ValueErrorKind
{
    /// <summary>Not of the type at all; the detail, if any, says more.</summary>
    NotOfType,

    /// <summary>A quoted value for a type that takes only plain scalars.</summary>
    Quoted,

    /// <summary>A date-time without an offset.</summary>
    WithoutOffset,

    /// <summary>A duration in months or years; the detail names the unit.</summary>
    NotFixedLength,

    /// <summary>A number out of range; the detail names what to use instead.</summary>
    OutOfRange,
}

public readonly record struct ValueError(ValueErrorKind Kind, string Detail);

/// <summary>The outcome of reading one scalar as a built-in type.</summary>
public readonly record struct ScalarParse(string? Canonical, ValueError Error)
{
    public bool Success => Canonical is not null;

    public static ScalarParse Ok(string canonical) => new(canonical, default);

    public static ScalarParse Fail(ValueErrorKind kind, string detail = "") => new(null, new ValueError(kind, detail));
}
