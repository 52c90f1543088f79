using System;
using System.Collections.Generic;

namespace TypedFacts.Quiz
{
    /// <summary>
    /// Collects the wrong options of one question: never one equal, as displayed, to the answer, to a value the model
    /// or a source gives for the fact asked (<c>excluded</c>), or to another option.
    /// </summary>
    internal sealed class OptionPicker
    {
        /// <summary>Four options at most: the answer and three distractors.</summary>
        public const int MaxDistractors = 3;

        /// <summary>Three options at least: a question with fewer is not asked.</summary>
        public const int MinDistractors = 2;

        /// <summary>How many candidates of a large pool are looked at: enough for three distractors.</summary>
        public const int SampleSize = 48;

        private readonly string _answer;
        private readonly HashSet<string> _taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _distractors = new List<string>(MaxDistractors);

        public OptionPicker(string answer, IEnumerable<string> excluded)
        {
            _answer = answer;
            _taken.Add(QuizText.Comparable(answer));
            foreach (var text in excluded)
            {
                _taken.Add(QuizText.Comparable(text));
            }
        }

        public bool IsFull => _distractors.Count >= MaxDistractors;

        /// <summary>Whether a candidate may still become an option.</summary>
        public bool Accepts(string candidate)
            => !string.IsNullOrWhiteSpace(candidate) && !_taken.Contains(QuizText.Comparable(candidate));

        public bool TryAdd(string candidate)
        {
            if (IsFull || !Accepts(candidate))
            {
                return false;
            }

            _taken.Add(QuizText.Comparable(candidate));
            _distractors.Add(candidate);
            return true;
        }

        /// <summary>Adds candidates of one tier in an order the seed decides, until the options are full.</summary>
        public void AddShuffled(IEnumerable<string> tier, QuizRandom random)
        {
            if (IsFull)
            {
                return;
            }

            var candidates = new List<string>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var candidate in tier)
            {
                if (Accepts(candidate) && seen.Add(QuizText.Comparable(candidate)))
                {
                    candidates.Add(candidate);
                }
            }

            random.Shuffle(candidates);
            foreach (var candidate in candidates)
            {
                TryAdd(candidate);
            }
        }

        /// <summary>
        /// Adds candidates of one tier of distinct texts: like <see cref="AddShuffled"/> for a small pool; for a large
        /// one (a kind of thousands of entries) a few random draws, then a scan from a random place, so that a question
        /// costs the same whatever the size of the model.
        /// </summary>
        public void AddSampled(IReadOnlyList<string> pool, QuizRandom random)
        {
            if (pool.Count <= SampleSize)
            {
                AddShuffled(pool, random);
                return;
            }

            for (var draw = 0; draw < SampleSize && !IsFull; draw++)
            {
                TryAdd(pool[random.Next(pool.Count)]);
            }

            var start = random.Next(pool.Count);
            for (var k = 0; k < pool.Count && !IsFull; k++)
            {
                TryAdd(pool[(start + k) % pool.Count]);
            }
        }

        /// <summary>
        /// Adds the candidates nearest to the answer (numbers, dates): the nearest few that are acceptable, in an order
        /// the seed decides, so that games differ while every option stays plausible.
        /// </summary>
        public void AddNearest(List<(string Text, double Distance, int Tier)> candidates, QuizRandom random)
        {
            candidates.Sort((a, b) =>
            {
                var byDistance = a.Distance.CompareTo(b.Distance);
                if (byDistance != 0)
                {
                    return byDistance;
                }

                var byTier = a.Tier.CompareTo(b.Tier);
                return byTier != 0 ? byTier : string.CompareOrdinal(a.Text, b.Text);
            });

            var nearest = new List<string>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var candidate in candidates)
            {
                if (nearest.Count == 2 * MaxDistractors)
                {
                    break;
                }

                if (Accepts(candidate.Text) && seen.Add(QuizText.Comparable(candidate.Text)))
                {
                    nearest.Add(candidate.Text);
                }
            }

            AddShuffled(nearest, random);
        }

        /// <summary>The options in an order the seed decides, and the answer's position; null when there are too few distractors.</summary>
        public (IReadOnlyList<string> Options, int AnswerIndex)? Finish(QuizRandom random)
        {
            if (_distractors.Count < MinDistractors)
            {
                return null;
            }

            var options = new List<string>(_distractors);
            random.Shuffle(options);
            var index = random.Next(options.Count + 1);
            options.Insert(index, _answer);
            return (options.AsReadOnly(), index);
        }
    }
}
