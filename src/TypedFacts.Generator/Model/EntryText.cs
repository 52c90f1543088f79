using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using TypedFacts.Generator.Format;

namespace TypedFacts.Generator.Model;

/// <summary>
/// The texts an entry's values are kept as from binding on (<see cref="EntrySpec"/>): its line
/// of its kind's data, and what its doc comment shows of them. A large kind's model is then two
/// strings an entry instead of a tree of values, which the garbage collector would copy and
/// mark until emission and the driver would keep after it (issue 12, docs/performance.md).
/// </summary>
/// <remarks>
/// The data form, shared with <c>TypedFacts/FactDataReader.cs</c>: every value is its text and a
/// <c>|</c>; an entry ends with a line feed; in a value, <c>\\</c>, <c>\|</c> and <c>\n</c> stand
/// for a backslash, a bar and a line feed; <c>\0</c> is null. A list is its count then its items,
/// an inline value its fields (after an empty presence value when nullable), an enum member its
/// position, a reference the target's id; scalars are their <see cref="ScalarType.DataText"/>.
/// </remarks>
public static class EntryText
{
    public const string Null = "\\0|";

    private static readonly char[] s_escaped = ['\\', '|', '\n'];

    /// <summary>The entry's line of the data: its id, then each value of <paramref name="types"/>, and a line feed.</summary>
    /// <param name="valueKindFields">The field types of a value kind, by its C# name, for inline values.</param>
    /// <param name="scratch">A builder to write in, cleared first: one serves every entry of a kind.</param>
    public static string Data(string id, IReadOnlyList<TypeRef> types, EquatableArray<Value> values, Func<string, IReadOnlyList<TypeRef>> valueKindFields, StringBuilder? scratch = null)
    {
        var text = scratch?.Clear() ?? new StringBuilder();
        AppendText(text, id);
        for (var f = 0; f < types.Count; f++)
        {
            AppendValue(text, types[f], values[f], valueKindFields);
        }

        return text.Append('\n').ToString();
    }

    /// <summary>What the doc comment shows after the entry's id: <c>: Name = Yulia Peresild; Age = 37</c>, XML-escaped, each value cut short when long.</summary>
    /// <param name="scratch">A builder to write in, cleared first: one serves every entry of a kind.</param>
    public static string Summary(IReadOnlyList<string> propertyNames, EquatableArray<Value> values, StringBuilder? scratch = null)
    {
        var text = scratch?.Clear() ?? new StringBuilder();
        for (var f = 0; f < propertyNames.Count; f++)
        {
            text.Append(f == 0 ? ": " : "; ").Append(propertyNames[f]).Append(" = ").Append(DocText.Escape(DocText.Truncate(Display(values[f]))));
        }

        return text.ToString();
    }

    /// <summary>A value as the docs show it: as written in the fact file.</summary>
    public static string Display(Value value) => value switch
    {
        NullValue => "null",
        ListValue list => "[" + string.Join(", ", list.Items.Select(Display)) + "]",
        ObjectValue inline => "{" + string.Join(", ", inline.Fields.Select(Display)) + "}",
        ScalarValue scalar => scalar.Text,
        EnumValue member => member.Member,
        ReferenceValue reference => reference.Id,
        _ => string.Empty,
    };

    /// <summary>Appends a value of <paramref name="type"/> in the data form.</summary>
    public static void AppendValue(StringBuilder text, TypeRef type, Value value, Func<string, IReadOnlyList<TypeRef>> valueKindFields)
    {
        switch (value)
        {
            case NullValue:
                text.Append(Null);
                return;
            case ListValue list:
                AppendCount(text, list.Items.Count);
                foreach (var item in list.Items)
                {
                    AppendValue(text, type.Element, item, valueKindFields);
                }

                return;
            case ScalarValue scalar:
                AppendText(text, ScalarTypes.Of(type.Scalar).DataText(scalar.Canonical));
                return;
            case EnumValue member:
                AppendCount(text, member.Index);
                return;
            case ReferenceValue reference:
                AppendText(text, reference.Id);
                return;
            case ObjectValue inline:
                if (type.IsNullable)
                {
                    text.Append('|');
                }

                var fields = valueKindFields(inline.Kind);
                for (var i = 0; i < fields.Count; i++)
                {
                    AppendValue(text, fields[i], inline.Fields[i], valueKindFields);
                }

                return;
            default:
                throw new InvalidOperationException("A value of an unknown shape: " + value.GetType().Name);
        }
    }

    public static void AppendCount(StringBuilder text, int count) => text.Append(count.ToString(CultureInfo.InvariantCulture)).Append('|');

    /// <summary>A value's text, escaped so that a raw bar or line feed in it can only end it.</summary>
    public static void AppendText(StringBuilder text, string value)
    {
        if (value.IndexOfAny(s_escaped) < 0)
        {
            text.Append(value).Append('|');
            return;
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    text.Append("\\\\");
                    break;
                case '|':
                    text.Append("\\|");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('|');
    }
}
