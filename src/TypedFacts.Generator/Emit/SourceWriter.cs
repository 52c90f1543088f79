using System;
using System.Text;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// An indenting text writer for generated C#: indentation is state, lines are written whole,
/// and the indentation must be back at zero when the text is taken.
/// </summary>
public sealed class SourceWriter(int capacity = 4096)
{
    private readonly StringBuilder _builder = new(capacity);
    private int _indent;

    public SourceWriter Line(string text)
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter Line() => Line(string.Empty);

    /// <summary>Starts a line; finish it with <see cref="Append"/> and <see cref="EndLine"/>.</summary>
    public SourceWriter StartLine()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public SourceWriter EndLine()
    {
        _builder.Append('\n');
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

    public override string ToString()
    {
        if (_indent != 0)
        {
            throw new InvalidOperationException("Unbalanced indentation in generated source: " + _indent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return _builder.ToString();
    }
}
