using System;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// An indenting text writer for generated C# (after dotnet/runtime's <c>SourceWriter</c>):
/// indentation is state, lines are written whole, fixed blocks are written as templates, and
/// the indentation must be back at zero when the text is taken. The text grows in blocks as it
/// is written (<see cref="TextChunks"/>), so nothing is allocated for the worst case up front
/// (SPEC 5), and nothing is copied.
/// </summary>
public sealed class SourceWriter
{
    private readonly TextChunks _text = new();
    private int _indent;

    public SourceWriter Line(string text)
    {
        if (text.Length > 0)
        {
            _text.Append(' ', _indent * 4);
            _text.Append(text);
        }

        _text.Append('\n');
        return this;
    }

    public SourceWriter Line() => Line(string.Empty);

    /// <summary>
    /// Writes a multi-line template, each line at the current indentation plus its own. Blank
    /// lines stay blank; the template's line breaks may be <c>\r\n</c> (a raw string in a file
    /// checked out on Windows).
    /// </summary>
    public SourceWriter Block(string template)
    {
        var start = 0;
        while (start <= template.Length)
        {
            var end = template.IndexOf('\n', start);
            if (end < 0)
            {
                end = template.Length;
            }

            var line = template.Substring(start, end - start).TrimEnd('\r');
            Line(line);
            start = end + 1;
        }

        return this;
    }

    /// <summary>Starts a line; finish it with <see cref="Append"/> and <see cref="EndLine"/>.</summary>
    public SourceWriter StartLine()
    {
        _text.Append(' ', _indent * 4);
        return this;
    }

    public SourceWriter Append(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>
    /// Appends a C# string literal of <paramref name="text"/>, in quotes, straight into the buffer
    /// (a kind's data is megabytes of text: it is not copied into a literal first). Escaped: the
    /// quote and the backslash, every control character, every character C# reads as a line break
    /// (U+0085, U+2028, U+2029) and lone surrogates, so that no text can end the literal (SPEC 5).
    /// </summary>
    public SourceWriter AppendStringLiteral(string text)
    {
        _text.Append('"');
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and < '\u007F' and not ('"' or '\\'))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c >= '\u00A0' && !char.IsSurrogate(c) && c is not ('\u2028' or '\u2029'))
            {
                continue;
            }

            _text.Append(text, run, i - run);
            run = i + 1;
            _text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\0' => "\\0",
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\v' => "\\v",
                _ => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        _text.Append(text, run, text.Length - run);
        _text.Append('"');
        return this;
    }

    public SourceWriter EndLine()
    {
        _text.Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => Take().ToString();

    /// <summary>The text written, as its blocks.</summary>
    public TextChunks Take()
    {
        if (_indent != 0)
        {
            throw new InvalidOperationException("Unbalanced indentation in generated source: " + _indent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return _text;
    }
}
