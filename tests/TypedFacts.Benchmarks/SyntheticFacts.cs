using System.Globalization;
using System.Text;

namespace TypedFacts.Benchmarks;

/// <summary>
/// Synthetic fact files of any size for the scaling benchmarks: one kind, five fields of mixed
/// types (string, int, double, date and a reference to another entry), about 110 bytes an entry.
/// </summary>
public static class SyntheticFacts
{
    public static string Create(int entries)
    {
        var text = new StringBuilder(200 + (entries * 120));
        text.Append("namespace: Synthetic\nrecords:\n  Item:\n    fields:\n      name: string\n      count: int\n      ratio: double\n      day: date\n      next: Item\n    entries:\n");
        for (var i = 0; i < entries; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"      Item{i}:\n");
            text.Append(CultureInfo.InvariantCulture, $"        name: Item number {i}\n");
            text.Append(CultureInfo.InvariantCulture, $"        count: {i}\n");
            text.Append(CultureInfo.InvariantCulture, $"        ratio: {i * 0.25}\n");
            text.Append(CultureInfo.InvariantCulture, $"        day: 2021-10-{1 + (i % 28):00}\n");
            text.Append(CultureInfo.InvariantCulture, $"        next: Item{(i + 1) % entries}\n");
        }

        return text.ToString();
    }
}
