using System;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Format.Scalars;

/// <summary><c>string</c>: any scalar; what inference falls back to.</summary>
internal sealed class StringType() : ScalarType(ScalarKind.String, "string", "string", "a string")
{
    public override bool IsValueType => false;

    public override bool CanBeConst => true;

    public override string Literal(string canonical, bool hasDateOnly) => StringLiteral(canonical);

    public override string DataRead(string reader, bool hasDateOnly) => reader + ".ReadString()";

    /// <summary>Through Roslyn, so that no text can end the literal early (SPEC 5).</summary>
    public static string StringLiteral(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    protected override bool AcceptsQuoted => true;

    protected override ScalarParse ParseText(string text) => ScalarParse.Ok(text);
}

/// <summary><c>bool</c>: <c>true</c> and <c>false</c> only; YAML 1.1's yes/no/on/off are strings.</summary>
internal sealed class BoolType() : ScalarType(ScalarKind.Bool, "bool", "bool", "a bool ('true' or 'false')")
{
    public override bool CanBeConst => true;

    public override bool Recognizes(string text) => text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";

    public override string Literal(string canonical, bool hasDateOnly) => canonical;

    public override string DataRead(string reader, bool hasDateOnly) => reader + ".ReadBoolean()";

    protected override ScalarParse ParseText(string text) => text switch
    {
        "true" or "True" or "TRUE" => ScalarParse.Ok("true"),
        "false" or "False" or "FALSE" => ScalarParse.Ok("false"),
        _ => ScalarParse.Fail(ValueErrorKind.NotOfType, text.ToLowerInvariant() is "yes" or "no" or "on" or "off" or "y" or "n"
            ? "only 'true' and 'false' are booleans ('yes', 'no', 'on' and 'off' are strings)"
            : string.Empty),
    };
}

/// <summary><c>url</c>: an absolute URI with a scheme; often quoted in YAML (for '#' and ': '), so it may be.</summary>
internal sealed class UrlType() : ScalarType(ScalarKind.Url, "url", "global::System.Uri", "an absolute url (such as https://example.org/page)")
{
    private static readonly Regex s_scheme = new(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant);

    public override bool IsValueType => false;

    public override string Literal(string canonical, bool hasDateOnly) => "new global::System.Uri(" + StringType.StringLiteral(canonical) + ")";

    public override string DataRead(string reader, bool hasDateOnly) => reader + ".ReadUri()";

    protected override bool AcceptsQuoted => true;

    // Uri also calls "/path" absolute on Unix (an implicit file URI): a url needs a scheme.
    protected override ScalarParse ParseText(string text)
        => s_scheme.IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.IsAbsoluteUri
            ? ScalarParse.Ok(text)
            : ScalarParse.Fail(ValueErrorKind.NotOfType, "a url must be absolute, with a scheme such as https://");
}
