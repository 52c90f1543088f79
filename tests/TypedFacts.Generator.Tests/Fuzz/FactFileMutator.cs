using System.Text;

namespace TypedFacts.Generator.Tests.Fuzz;

/// <summary>
/// Mutates a fact file the ways careless editing and hostile input do: characters, bytes, lines,
/// indentation, truncation, and YAML's significant tokens inserted anywhere.
/// </summary>
public sealed class FactFileMutator(Random random)
{
    private static readonly string[] s_tokens =
    [
        "[", "]", "{", "}", ":", ": ", "- ", ",", "?", "#", "&a ", "*a", "<<: ", "!tag ", "!!str ", "|", ">", "'", "\"", "\\",
        "---\n", "...\n", "%YAML 1.2\n", "\t", "\n", "  ", "~", "null", "true", "yes", "-1", "1e999", "9999999999999999999999",
        "P1M", "P1Y", "2021-13-45", "2021-10-17T04:36:00", "$evidence", "$other", "fields", "entries", "records", "constants",
        "\u2028", "\0", "\uFEFF", "\u00A0", "Person", "Mission[]", "int?", "[]?", "@", "`", "%",
    ];

    public string Mutate(string text)
    {
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            text = MutateOnce(text);
        }

        return text;
    }

    private string MutateOnce(string text)
    {
        if (text.Length == 0)
        {
            return s_tokens[random.Next(s_tokens.Length)];
        }

        var lines = text.Split('\n').ToList();
        switch (random.Next(10))
        {
            case 0: // replace one character
                {
                    var at = random.Next(text.Length);
                    var token = s_tokens[random.Next(s_tokens.Length)];
                    return text.Substring(0, at) + token[0] + text.Substring(at + 1);
                }

            case 1: // insert a token
                {
                    var at = random.Next(text.Length + 1);
                    return text.Insert(at, s_tokens[random.Next(s_tokens.Length)]);
                }

            case 2: // delete a run of characters
                {
                    var at = random.Next(text.Length);
                    return text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(12)));
                }

            case 3: // flip a bit of the UTF-8 bytes, decoded as a compiler would
                {
                    var bytes = Encoding.UTF8.GetBytes(text);
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    return Encoding.UTF8.GetString(bytes);
                }

            case 4: // delete a line
                lines.RemoveAt(random.Next(lines.Count));
                return string.Join("\n", lines);

            case 5: // duplicate a line
                {
                    var at = random.Next(lines.Count);
                    lines.Insert(at, lines[at]);
                    return string.Join("\n", lines);
                }

            case 6: // swap two lines
                {
                    var a = random.Next(lines.Count);
                    var b = random.Next(lines.Count);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    return string.Join("\n", lines);
                }

            case 7: // indent or dedent a line
                {
                    var at = random.Next(lines.Count);
                    var line = lines[at];
                    var shift = 1 + random.Next(4);
                    lines[at] = random.Next(2) == 0
                        ? new string(' ', shift) + line
                        : line.Substring(Math.Min(shift, line.Length - line.TrimStart(' ').Length));
                    return string.Join("\n", lines);
                }

            case 8: // truncate
                return text.Substring(0, random.Next(text.Length));

            default: // replace a scalar-looking word with another token
                {
                    var at = random.Next(text.Length);
                    var end = at;
                    while (end < text.Length && char.IsLetterOrDigit(text[end]))
                    {
                        end++;
                    }

                    return text.Substring(0, at) + s_tokens[random.Next(s_tokens.Length)] + text.Substring(end);
                }
        }
    }
}
