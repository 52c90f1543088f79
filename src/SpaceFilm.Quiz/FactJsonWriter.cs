using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SpaceFilm.Quiz;

/// <summary>
/// Writes the whole generated fact model as JSON: every entry of every kind and every constant, with their evidence.
/// </summary>
/// <remarks>
/// The model is walked by reflection so that a new kind or field in <c>facts.yaml</c> shows up without a change here.
/// An entry that refers to another is written as the other's id and never followed, because references can be cyclic
/// (a film's rival names the film back).
/// </remarks>
public static class FactJsonWriter
{
    /// <summary>The <c>kind</c> of the objects written for the constants of <see cref="Facts"/>.</summary>
    public const string ConstantKind = "constant";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The output goes to a terminal or a file, never into HTML, so quotes, apostrophes and Cyrillic stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the model as one indented JSON object, followed by a line break.</summary>
    /// <param name="output">Where to write.</param>
    public static void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>
    /// The kinds of entry of the model: the public types of its assembly that list their entries in a static
    /// <c>All</c> and have an <c>Id</c>, in the order the generator declares them (the fact file's order).
    /// </summary>
    public static IReadOnlyList<Type> Kinds { get; } = typeof(Facts).Assembly
        .GetExportedTypes()
        .Where(IsEntryKind)
        .OrderBy(t => t.MetadataToken)
        .ToList()
        .AsReadOnly();

    /// <summary>The constants of <see cref="Facts"/>: its public constants, static read-only fields and static properties.</summary>
    public static IReadOnlyList<MemberInfo> Constants { get; } = typeof(Facts)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral || f.IsInitOnly)
        .Cast<MemberInfo>()
        .Concat(typeof(Facts)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null))
        .OrderBy(m => m.MetadataToken)
        .ToList()
        .AsReadOnly();

    private static void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("namespace", typeof(Facts).Namespace);

        json.WriteStartArray("entries");
        foreach (var kind in Kinds)
        {
            WriteEntries(json, kind);
        }

        json.WriteEndArray();

        json.WriteStartArray("constants");
        foreach (var constant in Constants)
        {
            WriteConstant(json, constant);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntries(Utf8JsonWriter json, Type kind)
    {
        var fields = kind
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "Id" && !IsEvidence(p.PropertyType))
            .OrderBy(p => p.MetadataToken)
            .ToList();
        var evidence = kind.GetProperty("Evidence", BindingFlags.Public | BindingFlags.Instance);
        var entries = (IEnumerable)kind.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteString("kind", kind.Name);
            json.WriteString("id", IdOf(entry));
            json.WriteStartObject("fields");
            foreach (var field in fields)
            {
                json.WritePropertyName(FactFieldName.Of(field.Name));
                WriteValue(json, field.GetValue(entry));
            }

            json.WriteEndObject();
            if (evidence is not null && IsEvidence(evidence.PropertyType))
            {
                WriteEvidence(json, (IReadOnlyList<FactEvidence>)evidence.GetValue(entry)!);
            }

            json.WriteEndObject();
        }
    }

    private static void WriteConstant(Utf8JsonWriter json, MemberInfo constant)
    {
        json.WriteStartObject();
        json.WriteString("kind", ConstantKind);
        json.WriteString("id", constant.Name);
        json.WritePropertyName("value");
        WriteValue(json, constant switch
        {
            FieldInfo field => field.GetValue(null),
            PropertyInfo property => property.GetValue(null),
            _ => null,
        });

        IReadOnlyList<FactEvidence>? evidence;
        try
        {
            evidence = Facts.EvidenceFor(constant.Name);
        }
        catch (KeyNotFoundException)
        {
            // A member added to the partial Facts class by hand is not a fact-file constant and has no evidence.
            evidence = null;
        }

        if (evidence is not null)
        {
            WriteEvidence(json, evidence);
        }

        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<FactEvidence> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var item in evidence)
        {
            json.WriteStartObject();
            json.WriteString("source", item.Source.Id);
            json.WriteString("quote", item.Quote);
            json.WriteStartArray("fields");
            foreach (var field in item.Fields)
            {
                json.WriteStringValue(field);
            }

            json.WriteEndArray();
            json.WriteString("note", item.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case Enum member:
                json.WriteStringValue(member.ToString());
                break;
            case int or long or short or sbyte:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case uint or ulong or ushort or byte:
                json.WriteNumberValue(Convert.ToUInt64(value, CultureInfo.InvariantCulture));
                break;
            case float or double:
                json.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case DateOnly date:
                json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset instant:
                json.WriteStringValue(instant.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTime moment:
                // The netstandard2.0 build of a fact model stores dates as midnight DateTimes.
                json.WriteStringValue(moment.TimeOfDay == TimeSpan.Zero && moment.Kind == DateTimeKind.Unspecified
                    ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : moment.ToString("O", CultureInfo.InvariantCulture));
                break;
            case TimeSpan duration:
                json.WriteStringValue(Iso8601Duration.Format(duration));
                break;
            case Uri address:
                json.WriteStringValue(address.OriginalString);
                break;
            case var reference when IsEntryKind(reference.GetType()):
                json.WriteStringValue(IdOf(reference));
                break;
            case IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            case IFormattable formattable:
                json.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }

    /// <summary>Whether a type is a kind of entry: it lists its entries in a static <c>All</c> and has an <c>Id</c>.</summary>
    private static bool IsEntryKind(Type type)
    {
        var all = type.GetProperty("All", BindingFlags.Public | BindingFlags.Static);
        var id = type.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance);
        return all is not null
            && all.PropertyType == typeof(IReadOnlyList<>).MakeGenericType(type)
            && id?.PropertyType == typeof(string);
    }

    private static bool IsEvidence(Type type) => type == typeof(IReadOnlyList<FactEvidence>);

    private static string IdOf(object entry) =>
        (string)entry.GetType().GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)!.GetValue(entry)!;
}
