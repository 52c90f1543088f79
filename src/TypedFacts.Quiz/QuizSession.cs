using System;
using System.Collections.Generic;

namespace TypedFacts.Quiz
{
    /// <summary>One answer given in a <see cref="QuizSession"/>.</summary>
    public sealed class QuizAnswer
    {
        /// <summary>Creates an answer.</summary>
        /// <param name="question">The question answered.</param>
        /// <param name="chosen">The option chosen (zero-based).</param>
        public QuizAnswer(QuizQuestion question, int chosen)
        {
            Question = question ?? throw new ArgumentNullException(nameof(question));
            Chosen = chosen;
        }

        /// <summary>The question answered.</summary>
        public QuizQuestion Question { get; }

        /// <summary>The option chosen (zero-based).</summary>
        public int Chosen { get; }

        /// <summary>Whether the chosen option is the right one.</summary>
        public bool IsRight => Question.IsCorrect(Chosen);
    }

    /// <summary>
    /// A game being played, apart from any user interface: its questions, the answers given so far, the score and the
    /// streaks. The terminal and the web quizzes keep their games in one.
    /// </summary>
    public sealed class QuizSession
    {
        private readonly List<QuizAnswer> _answers = new List<QuizAnswer>();

        /// <summary>Starts a game.</summary>
        /// <param name="seed">The seed the questions were drawn with (<see cref="QuizEngine.CreateGame"/>), shown so that the game can be replayed.</param>
        /// <param name="questions">The questions, in the order to ask them.</param>
        public QuizSession(int seed, IReadOnlyList<QuizQuestion> questions)
        {
            Seed = seed;
            Questions = questions ?? throw new ArgumentNullException(nameof(questions));
        }

        /// <summary>The seed of the game.</summary>
        public int Seed { get; }

        /// <summary>The questions, in order.</summary>
        public IReadOnlyList<QuizQuestion> Questions { get; }

        /// <summary>The answers given so far, in order.</summary>
        public IReadOnlyList<QuizAnswer> Answers => _answers;

        /// <summary>The question to answer next, or null when every question is answered.</summary>
        public QuizQuestion? Current => _answers.Count < Questions.Count ? Questions[_answers.Count] : null;

        /// <summary>How many answers were right.</summary>
        public int Score { get; private set; }

        /// <summary>How many right answers in a row end the answers so far.</summary>
        public int Streak { get; private set; }

        /// <summary>The longest run of right answers so far.</summary>
        public int BestStreak { get; private set; }

        /// <summary>Whether every question has been answered.</summary>
        public bool IsComplete => _answers.Count == Questions.Count;

        /// <summary>Answers the current question.</summary>
        /// <param name="chosen">The option chosen (zero-based).</param>
        /// <returns>The answer, with whether it was right.</returns>
        /// <exception cref="InvalidOperationException">Every question is already answered.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The current question has no such option.</exception>
        public QuizAnswer Answer(int chosen)
        {
            var question = Current ?? throw new InvalidOperationException("The game is over: every question is answered.");
            if (chosen < 0 || chosen >= question.Options.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(chosen), chosen, $"The question has options 0 to {question.Options.Count - 1}.");
            }

            var answer = new QuizAnswer(question, chosen);
            _answers.Add(answer);
            if (answer.IsRight)
            {
                Score++;
                Streak++;
                BestStreak = Math.Max(BestStreak, Streak);
            }
            else
            {
                Streak = 0;
            }

            return answer;
        }
    }
}
