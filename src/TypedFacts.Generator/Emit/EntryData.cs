using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
/// <remarks>The data form is <see cref="EntryText"/>'s, shared with <c>TypedFacts/FactDataReader.cs</c>; an entry's values are in it from binding on.</remarks>
internal sealed class EntryData(CSharpTypes types, EquatableArray<KindSpec> valueKinds)
{
    /// <summary>Entries per chunk: the runtime scans a chunk for where its entries start when one of them is first read.</summary>
    public const int ChunkSize = 256;

    /// <summary>The values of every entry (its id first), one string per chunk: the entries' own lines.</summary>
    public static string[] Values(KindSpec kind, CancellationToken cancellationToken)
        => Chunks(kind, cancellationToken, (text, entry) => text.Append(entry.Data));

    /// <summary>The evidence of every entry, one string per chunk; a claim names its field by position.</summary>
    public string[] Evidence(KindSpec kind, CancellationToken cancellationToken)
        => Chunks(kind, cancellationToken, (text, entry) =>
        {
            EntryText.AppendCount(text, entry.Evidence.Count);
            foreach (var item in entry.Evidence)
            {
                EntryText.AppendText(text, item.SourceId);
                EntryText.AppendText(text, item.Quote);
                EntryText.AppendCount(text, item.Fields.Count);
                foreach (var field in item.Fields)
                {
                    EntryText.AppendText(text, field);
                }

                if (item.Note is null)
                {
                    text.Append(EntryText.Null);
                }
                else
                {
                    EntryText.AppendText(text, item.Note);
                }

                var claimed = item.Claim is { } claim && item.Fields.Count == 1 ? IndexOf(kind, item.Fields[0]) : -1;
                if (claimed < 0)
                {
                    text.Append('|');
                }
                else
                {
                    EntryText.AppendCount(text, claimed);
                    EntryText.AppendValue(text, kind.Fields[claimed].Type, item.Claim!, ValueKindFields);
                }
            }

            text.Append('\n');
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
            }

            chunks[c] = text.ToString();
        }

        return chunks;
    }

    private IReadOnlyList<TypeRef> ValueKindFields(string name)
    {
        foreach (var kind in valueKinds)
        {
            if (kind.Name == name)
            {
                return kind.Fields.Select(f => f.Type).ToList();
            }
        }

        throw new InvalidOperationException("The value kind '" + name + "' is missing from the emission unit.");
    }
}
