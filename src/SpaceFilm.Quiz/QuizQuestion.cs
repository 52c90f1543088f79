namespace SpaceFilm.Quiz;

/// <summary>A multiple-choice question whose options and answer were read from the typed fact model.</summary>
public sealed class QuizQuestion
{
    private QuizQuestion(string prompt, IReadOnlyList<string> options, int correctIndex, QuizFact fact)
    {
        Prompt = prompt;
        Options = options;
        CorrectIndex = correctIndex;
        Fact = fact;
    }

    /// <summary>The question as shown to the player.</summary>
    public string Prompt { get; }

    /// <summary>The choices, in the order they are shown; exactly one is right.</summary>
    public IReadOnlyList<string> Options { get; }

    /// <summary>The zero-based position of the right answer in <see cref="Options"/>.</summary>
    public int CorrectIndex { get; }

    /// <summary>The right answer's text.</summary>
    public string CorrectOption => Options[CorrectIndex];

    /// <summary>The typed fact the answer comes from, such as <c>Person.YuliaPeresild.Age</c>, and its evidence.</summary>
    public QuizFact Fact { get; }

    /// <summary>The typed member the answer comes from, such as <c>Person.YuliaPeresild.Age</c>.</summary>
    public string FactName => Fact.Name;

    /// <summary>The quotes from the sources that back the answer.</summary>
    public IReadOnlyList<FactEvidence> Evidence => Fact.Evidence;

    /// <summary>Builds a question from its right answer and candidate wrong answers.</summary>
    /// <param name="prompt">The question.</param>
    /// <param name="correct">The right answer, formatted from a typed fact.</param>
    /// <param name="distractors">Wrong answers, best first; duplicates of each other or of the answer are skipped.</param>
    /// <param name="fact">The typed fact the answer comes from, with its evidence.</param>
    /// <param name="random">Decides where the right answer goes among the options.</param>
    /// <param name="optionCount">How many options to show at most.</param>
    /// <exception cref="ArgumentException">No distractor differs from the answer, so there would be nothing to choose from.</exception>
    public static QuizQuestion Create(
        string prompt,
        string correct,
        IEnumerable<string> distractors,
        QuizFact fact,
        Random random,
        int optionCount = 4)
    {
        ArgumentNullException.ThrowIfNull(distractors);
        ArgumentNullException.ThrowIfNull(random);

        var wrong = distractors
            .Where(d => !string.IsNullOrWhiteSpace(d) && !string.Equals(d, correct, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(Math.Max(1, optionCount - 1))
            .ToList();
        if (wrong.Count == 0)
        {
            throw new ArgumentException($"The question '{prompt}' needs at least one wrong answer.", nameof(distractors));
        }

        // Shuffle the wrong answers too, so their order gives away nothing about how they were computed.
        var options = wrong.OrderBy(_ => random.Next()).ToList();
        var correctIndex = random.Next(options.Count + 1);
        options.Insert(correctIndex, correct);
        return new QuizQuestion(prompt, options.AsReadOnly(), correctIndex, fact);
    }

    /// <summary>The label of an option: A, B, C…</summary>
    /// <param name="index">The zero-based position of the option.</param>
    public static string LabelOf(int index) => ((char)('A' + index)).ToString();
}
