using System;
using System.Globalization;
using System.Text;
using System.Threading;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// An entity kind's entries as data (issue 12, docs/performance.md): their values and their
/// evidence written in the text form the runtime's <c>FactDataReader</c> reads, and the C# that
/// reads each field back. One string literal per chunk of entries costs the compiler little
/// beside one constructor call per entry, which it binds one expression at a time.
/// </summary>
/// <remarks>
/// The form, shared with <c>TypedFacts/FactDataReader.cs</c>: every value is its text and a
/// <c>|</c>; an entry ends with a line feed; in a value, <c>\\</c>, <c>\|</c> and <c>\n</c> stand
/// for a backslash, a bar and a line feed; <c>\0</c> is null. A list is its count then its items,
/// an inline value its fields (after an empty presence value when nullable), an enum member its
/// position, a reference the target's id; scalars are their <see cref="ScalarType.DataText"/>.
/// </remarks>
internal sealed class EntryData(CSharpTypes types, EquatableArray<KindSpec> valueKinds)
{
    /// <summary>Entries per chunk: the runtime scans a chunk for where its entries start when one of them is first read.</summary>
    public const int ChunkSize = 256;

    public const string Null = "\\0|";

    private static readonly char[] s_escaped = ['\\', '|', '\n'];

    /// <summary>The values of every entry (its id first), one string per chunk.</summary>
    public string[] Values(KindSpec kind, CancellationToken cancellationToken)
        => Chunks(kind, cancellationToken, (text, entry) =>
        {
            Text(text, entry.Id);
            for (var f = 0; f < kind.Fields.Count; f++)
            {
                Value(text, kind.Fields[f].Type, entry.Values[f]);
            }
        });

    /// <summary>The evidence of every entry, one string per chunk; a claim names its field by position.</summary>
    public string[] Evidence(KindSpec kind, CancellationToken cancellationToken)
        => Chunks(kind, cancellationToken, (text, entry) =>
        {
            Count(text, entry.Evidence.Count);
            foreach (var item in entry.Evidence)
            {
                Text(text, item.SourceId);
                Text(text, item.Quote);
                Count(text, item.Fields.Count);
                foreach (var field in item.Fields)
                {
                    Text(text, field);
                }

                if (item.Note is null)
                {
                    text.Append(Null);
                }
                else
                {
                    Text(text, item.Note);
                }

                var claimed = item.Claim is { } claim && item.Fields.Count == 1 ? IndexOf(kind, item.Fields[0]) : -1;
                if (claimed < 0)
                {
                    text.Append('|');
                }
                else
                {
                    Count(text, claimed);
                    Value(text, kind.Fields[claimed].Type, item.Claim!);
                }
            }
        });

    /// <summary>A C# expression that reads a value of <paramref name="type"/> with <paramref name="reader"/>, as the constructor takes it.</summary>
    /// <param name="depth">How deep in list items the expression is, so that nested lambdas get their own parameter names.</param>
    public string Read(TypeRef type, string reader, int depth = 0)
    {
        if (type.IsList)
        {
            var item = "__i" + depth.ToString(CultureInfo.InvariantCulture);
            var list = $"{reader}.ReadList<{types.ItemStorage(type)}>({item} => {Read(type.Element, item, depth + 1)})";
            return type.IsNullable ? $"{reader}.IsNull() ? null : {list}" : list;
        }

        var read = type.Category switch
        {
            TypeCategory.Scalar => ScalarTypes.Of(type.Scalar).DataRead(reader, types.Options.HasDateOnly),
            TypeCategory.Enum => $"({types.Named(type.Name)}){reader}.ReadInt32()",
            TypeCategory.Entity => $"{reader}.ReadString()",
            TypeCategory.Source => $"{types.Registry}.Source({reader}.ReadString())",
            TypeCategory.Value => $"{types.Named(type.Name)}.__Read({reader})",
            _ => throw new InvalidOperationException("A type of an unknown category: " + type.Category),
        };
        if (!type.IsNullable)
        {
            return read;
        }

        if (type.Category == TypeCategory.Value)
        {
            return $"{reader}.ReadPresent() ? {read} : null";
        }

        return types.IsValueType(type) ? $"{reader}.IsNull() ? default({types.Property(type)}) : {read}" : $"{reader}.IsNull() ? null : {read}";
    }

    /// <summary>Writes the chunks as the elements of a <c>new string[] { ... }</c>, one per line.</summary>
    public static void WriteChunks(SourceWriter w, string[] chunks)
    {
        for (var i = 0; i < chunks.Length; i++)
        {
            w.StartLine().AppendStringLiteral(chunks[i]).Append(i + 1 < chunks.Length ? "," : string.Empty).EndLine();
        }
    }

    private static int IndexOf(KindSpec kind, string yamlName)
    {
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            if (kind.Fields[i].YamlName == yamlName)
            {
                return i;
            }
        }

        return -1;
    }

    private static string[] Chunks(KindSpec kind, CancellationToken cancellationToken, Action<StringBuilder, EntrySpec> write)
    {
        var chunks = new string[(kind.Entries.Count + ChunkSize - 1) / ChunkSize];
        var text = new StringBuilder();
        for (var c = 0; c < chunks.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            text.Clear();
            var end = Math.Min(kind.Entries.Count, (c + 1) * ChunkSize);
            for (var i = c * ChunkSize; i < end; i++)
            {
                write(text, kind.Entries[i]);
                text.Append('\n');
            }

            chunks[c] = text.ToString();
        }

        return chunks;
    }

    private void Value(StringBuilder text, TypeRef type, Value value)
    {
        switch (value)
        {
            case NullValue:
                text.Append(Null);
                return;
            case ListValue list:
                Count(text, list.Items.Count);
                foreach (var item in list.Items)
                {
                    Value(text, type.Element, item);
                }

                return;
            case ScalarValue scalar:
                Text(text, ScalarTypes.Of(type.Scalar).DataText(scalar.Canonical));
                return;
            case EnumValue member:
                Count(text, member.Index);
                return;
            case ReferenceValue reference:
                Text(text, reference.Id);
                return;
            case ObjectValue inline:
                if (type.IsNullable)
                {
                    text.Append('|');
                }

                var kind = ValueKind(inline.Kind);
                for (var i = 0; i < kind.Fields.Count; i++)
                {
                    Value(text, kind.Fields[i].Type, inline.Fields[i]);
                }

                return;
            default:
                throw new InvalidOperationException("A value of an unknown shape: " + value.GetType().Name);
        }
    }

    private static void Count(StringBuilder text, int count) => text.Append(count.ToString(CultureInfo.InvariantCulture)).Append('|');

    /// <summary>A value's text, escaped so that a raw bar or line feed in it can only end it.</summary>
    private static void Text(StringBuilder text, string value)
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

    private KindSpec ValueKind(string name)
    {
        foreach (var kind in valueKinds)
        {
            if (kind.Name == name)
            {
                return kind;
            }
        }

        throw new InvalidOperationException("The value kind '" + name + "' is missing from the emission unit.");
    }
}
