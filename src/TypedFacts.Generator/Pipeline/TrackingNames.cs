namespace TypedFacts.Generator.Pipeline;

/// <summary>The names of the pipeline's steps, so tests can assert how each one ran.</summary>
public static class TrackingNames
{
    public const string Options = "TypedFacts.Options";
    public const string BindOptions = "TypedFacts.BindOptions";
    public const string Target = "TypedFacts.Target";
    public const string EmitOptions = "TypedFacts.EmitOptions";
    public const string FactFiles = "TypedFacts.FactFiles";
    public const string Parse = "TypedFacts.Parse";
    public const string Bind = "TypedFacts.Bind";
    public const string Types = "TypedFacts.Types";
    public const string Emit = "TypedFacts.Emit";
    public const string Diagnostics = "TypedFacts.Diagnostics";
    public const string SourcePaths = "TypedFacts.SourcePaths";
    public const string SourceTexts = "TypedFacts.SourceTexts";
    public const string QuoteGroups = "TypedFacts.QuoteGroups";
    public const string QuoteChecks = "TypedFacts.QuoteChecks";
    public const string Runtime = "TypedFacts.Runtime";

    public static readonly string[] All = [Options, BindOptions, Target, EmitOptions, FactFiles, Parse, Bind, Types, Emit, Diagnostics, SourcePaths, SourceTexts, QuoteGroups, QuoteChecks, Runtime];
}
