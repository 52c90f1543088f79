namespace SpaceFilm.Quiz;

/// <summary>Writes the evidence behind an answer: which source said it, in its own words, and the curator's note.</summary>
public static class EvidenceWriter
{
    /// <summary>Writes each quote with its source's id and title, and its note when there is one.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="factName">The typed member the evidence is for.</param>
    /// <param name="evidence">The quotes.</param>
    public static void Write(TextWriter output, string factName, IReadOnlyList<FactEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Count == 0)
        {
            output.WriteLine($"   No evidence is recorded for {factName}.");
            return;
        }

        output.WriteLine($"   Evidence for {factName}:");
        foreach (var item in evidence)
        {
            output.WriteLine($"   - {item.Source.Id} ({item.Source.Title}): \"{item.Quote}\"");
            if (!string.IsNullOrWhiteSpace(item.Note))
            {
                output.WriteLine($"     Note: {item.Note}");
            }
        }
    }
}
