using System.Globalization;

namespace SpaceFilm.Quiz;

/// <summary>Asks the quiz's questions on a reader and a writer, so that it can be played on a console or driven by tests.</summary>
public sealed class QuizRunner
{
    private readonly TextReader _input;
    private readonly TextWriter _output;

    /// <summary>Creates a runner.</summary>
    /// <param name="input">Where the player's answers come from.</param>
    /// <param name="output">Where questions, verdicts and evidence go.</param>
    public QuizRunner(TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        _input = input;
        _output = output;
    }

    /// <summary>
    /// Plays the quiz: asks each question, reads a choice (a number or a letter; <c>q</c> quits) and tells whether it
    /// was right, with the evidence. The end of the input quits without an error.
    /// </summary>
    /// <param name="questions">The questions to ask, in order.</param>
    /// <returns>The score.</returns>
    public QuizResult Play(IReadOnlyList<QuizQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        _output.WriteLine("The Challenge: a quiz on the first feature film shot in space.");
        _output.WriteLine("Answer with the option's letter or number (A is 1); q quits.");
        var score = 0;
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            WriteQuestion(i, questions.Count, question);
            var choice = ReadChoice(question);
            if (choice is null)
            {
                _output.WriteLine();
                _output.WriteLine($"Quiz ended early. Score: {score}/{i} answered ({questions.Count} questions in all).");
                return new QuizResult(score, i, questions.Count, EndedEarly: true);
            }

            var right = choice == question.CorrectIndex;
            if (right)
            {
                score++;
            }

            _output.WriteLine(right ? "Right!" : "Wrong.");
            _output.WriteLine($"   The answer is {FormatOption(question.CorrectIndex, question)}.");
            EvidenceWriter.Write(_output, question.FactName, question.Evidence);
        }

        _output.WriteLine();
        _output.WriteLine($"Score: {score}/{questions.Count}");
        return new QuizResult(score, questions.Count, questions.Count, EndedEarly: false);
    }

    /// <summary>
    /// Shows every question with its options, its answer and its evidence without reading any input,
    /// for scripts and CI where nobody can answer.
    /// </summary>
    /// <param name="questions">The questions to show, in order.</param>
    public void ShowAnswers(IReadOnlyList<QuizQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        _output.WriteLine("The Challenge: a quiz on the first feature film shot in space.");
        _output.WriteLine("Input is not a terminal, so every question is shown with its answer.");
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            WriteQuestion(i, questions.Count, question);
            _output.WriteLine($"   Answer: {FormatOption(question.CorrectIndex, question)}");
            EvidenceWriter.Write(_output, question.FactName, question.Evidence);
        }

        _output.WriteLine();
        _output.WriteLine($"{questions.Count} questions shown with their answers.");
    }

    /// <summary>Reads a choice as an option number (1-based) or letter.</summary>
    /// <param name="text">What the player typed.</param>
    /// <param name="optionCount">How many options the question has.</param>
    /// <returns>The zero-based option, or null when the text names none.</returns>
    public static int? ParseChoice(string text, int optionCount)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= optionCount ? number - 1 : null;
        }

        if (trimmed.Length == 1 && char.IsAsciiLetter(trimmed[0]))
        {
            var index = char.ToUpperInvariant(trimmed[0]) - 'A';
            return index < optionCount ? index : null;
        }

        return null;
    }

    private void WriteQuestion(int index, int count, QuizQuestion question)
    {
        _output.WriteLine();
        _output.WriteLine($"Question {index + 1} of {count}: {question.Prompt}");
        for (var i = 0; i < question.Options.Count; i++)
        {
            _output.WriteLine($"   {QuizQuestion.LabelOf(i)}) {question.Options[i]}");
        }
    }

    /// <returns>The chosen option, or null when the player quits or the input ends.</returns>
    private int? ReadChoice(QuizQuestion question)
    {
        var last = QuizQuestion.LabelOf(question.Options.Count - 1);
        while (true)
        {
            _output.Write($"Your answer (A-{last} or 1-{question.Options.Count}, q to quit): ");
            _output.Flush();
            var line = _input.ReadLine();
            if (line is null)
            {
                return null;
            }

            var trimmed = line.Trim();
            if (trimmed.Equals("q", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("quit", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (ParseChoice(trimmed, question.Options.Count) is int choice)
            {
                return choice;
            }

            _output.WriteLine($"Please answer with a letter from A to {last} or a number from 1 to {question.Options.Count}.");
        }
    }

    private static string FormatOption(int index, QuizQuestion question) =>
        $"{QuizQuestion.LabelOf(index)}) {question.Options[index]}";
}
