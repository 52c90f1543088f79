namespace TypedFacts.Generator.Model;

/// <summary>The built-in types of the format; each has its row in <see cref="Format.ScalarTypes"/>.</summary>
public enum ScalarKind
{
    String,
    Int,
    Long,
    Double,
    Decimal,
    Bool,
    Date,
    PartialDate,
    DateTime,
    Duration,
    Url,
}
