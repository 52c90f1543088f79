using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace SpaceFilm.Quiz;

/// <summary>
/// Writes a whole generated fact model as JSON: every entry of every kind, every source and every constant, with
/// their evidence.
/// </summary>
/// <remarks>
/// The model is walked through the runtime library's metadata (<see cref="FactModel"/>, <see cref="FactKind"/>,
/// <see cref="FactField"/>), never by reflection, so it works on any model, trimmed or compiled ahead of time. An
/// entry that refers to another is written as the other's id and never followed, because references can be cyclic (a
/// film's rival names the film back); an inline value is written as an object of its fields.
/// </remarks>
public static class FactJsonWriter
{
    /// <summary>The <c>kind</c> of the objects written for the constants.</summary>
    public const string ConstantKind = "constant";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The output goes to a terminal or a file, never into HTML, so quotes, apostrophes and Cyrillic stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the model as one indented JSON object, followed by a line break.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="model">The model, such as <c>Facts.Model</c>.</param>
    public static void Write(TextWriter output, FactModel model)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(model);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json, model);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void Write(Utf8JsonWriter json, FactModel model)
    {
        json.WriteStartObject();
        json.WriteString("namespace", model.Namespace);

        json.WriteStartArray("entries");
        foreach (var kind in model.Kinds.Where(k => k.IsEntity))
        {
            foreach (var entry in kind.Entries)
            {
                WriteEntry(json, kind, entry);
            }
        }

        json.WriteEndArray();

        json.WriteStartArray("sources");
        foreach (var source in model.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("title", source.Title);
            json.WriteString("published", source.Published?.ToString());
            json.WriteString("url", source.Url?.OriginalString);
            json.WriteString("file", source.File);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("constants");
        foreach (var constant in model.Constants)
        {
            json.WriteStartObject();
            json.WriteString("kind", ConstantKind);
            json.WriteString("id", constant.Name);
            json.WritePropertyName("value");
            WriteValue(json, constant.Type, constant.Value);
            WriteEvidence(json, "evidence", constant.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, FactKind kind, IFact entry)
    {
        json.WriteStartObject();
        json.WriteString("kind", kind.Name);
        json.WriteString("id", entry.Id);
        WriteFields(json, kind, entry);
        WriteEvidence(json, "evidence", entry.Evidence);

        // The evidence of each field: what EvidenceFor gives, so that no reader has to match names itself.
        json.WriteStartObject("fieldEvidence");
        foreach (var field in kind.Fields)
        {
            var evidence = entry.EvidenceFor(field);
            if (evidence.Count > 0)
            {
                WriteEvidence(json, field.YamlName, evidence);
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter json, FactKind kind, IFactRecord record)
    {
        json.WriteStartObject("fields");
        foreach (var field in kind.Fields)
        {
            json.WritePropertyName(field.YamlName);
            WriteValue(json, field.Type, field.GetValue(record));
        }

        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, string name, IReadOnlyList<FactEvidence> evidence)
    {
        json.WriteStartArray(name);
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
            json.WriteBoolean("claim", item.IsClaim);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, FactType type, object? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
            return;
        }

        if (type.IsList && value is System.Collections.IEnumerable items)
        {
            json.WriteStartArray();
            foreach (var item in items)
            {
                WriteItem(json, type, item);
            }

            json.WriteEndArray();
            return;
        }

        WriteItem(json, type, value);
    }

    /// <summary>One value of a field's type (an item, for a list).</summary>
    private static void WriteItem(Utf8JsonWriter json, FactType type, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case IFact entry:
                json.WriteStringValue(entry.Id);
                break;
            case IFactRecord inline:
                json.WriteStartObject();
                foreach (var field in inline.Kind.Fields)
                {
                    json.WritePropertyName(field.YamlName);
                    WriteValue(json, field.Type, field.GetValue(inline));
                }

                json.WriteEndObject();
                break;
            case FactSource source:
                json.WriteStringValue(source.Id);
                break;
            case Enum member when type.Category == FactTypeCategory.Enum:
                // Generated enums number their members in declaration order, as FactType.EnumMembers lists them.
                json.WriteStringValue(type.EnumMembers[Convert.ToInt32(member, CultureInfo.InvariantCulture)]);
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case DateOnly date:
                json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTime date:
                // The netstandard2.0 build of a fact model stores dates as DateTimes at midnight.
                json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset instant:
                json.WriteStringValue(instant.ToString("O", CultureInfo.InvariantCulture));
                break;
            case TimeSpan duration:
                json.WriteStringValue(XmlConvert.ToString(duration));
                break;
            case FactDate date:
                json.WriteStringValue(date.ToString());
                break;
            case Uri address:
                json.WriteStringValue(address.OriginalString);
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
