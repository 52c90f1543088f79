using System.Globalization;
using System.Text;

namespace TypedFacts.Generator.Tests.Infrastructure;

/// <summary>Writing YAML in tests.</summary>
public static class YamlText
{
    /// <summary>A double-quoted YAML scalar holding exactly <paramref name="value"/>: everything outside printable ASCII is escaped.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < 0x20 || c > 0x7E => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
