using System.Globalization;
using ScottPlot;

namespace TypedFacts.Benchmarks;

/// <summary>
/// Renders generation time against entry count, with the Parser floor and YamlStream.Load
/// beside it, from BenchmarkDotNet's CSV report of <see cref="GenerationBenchmarks"/>.
/// </summary>
public static class GenerationChart
{
    public static int Render(string csvPath, string pngPath)
    {
        var lines = File.ReadAllLines(csvPath);
        var header = Split(lines[0]);
        int Column(string name) => Array.IndexOf(header, name);
        var (method, entries, mean) = (Column("Method"), Column("Entries"), Column("Mean"));
        var series = new Dictionary<string, List<(double Entries, double Milliseconds)>>();
        foreach (var line in lines.Skip(1))
        {
            var cells = Split(line);
            var name = cells[method].Trim('\'');
            var count = double.Parse(cells[entries], CultureInfo.InvariantCulture);
            (series.TryGetValue(name, out var points) ? points : series[name] = []).Add((count, ToMilliseconds(cells[mean])));
        }

        var plot = new Plot();
        foreach (var (name, points) in series)
        {
            var ordered = points.OrderBy(p => p.Entries).ToArray();
            var scatter = plot.Add.Scatter(ordered.Select(p => Math.Log10(p.Entries)).ToArray(), ordered.Select(p => Math.Log10(p.Milliseconds)).ToArray());
            scatter.LegendText = name;
            scatter.MarkerSize = 8;
        }

        plot.Title("Generation time against entry count (log-log)");
        plot.XLabel("entries (log10)");
        plot.YLabel("mean time, ms (log10)");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(pngPath, 900, 560);
        Console.WriteLine($"wrote {pngPath}");
        return 0;
    }

    /// <summary>One CSV line; values such as "1,142.6 ms" are quoted because of their commas.</summary>
    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static double ToMilliseconds(string text)
    {
        var parts = text.Split(' ');
        var value = double.Parse(parts[0], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        return parts.Length < 2 ? value : parts[1] switch
        {
            "ns" => value / 1e6,
            "us" or "μs" => value / 1e3,
            "s" => value * 1e3,
            _ => value,
        };
    }
}
