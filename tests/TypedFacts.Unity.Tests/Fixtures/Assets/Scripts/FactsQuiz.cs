// Game code as a Unity project holds it (C# 9, netstandard2.1): what a quiz MonoBehaviour does with the
// generated model, without UnityEngine, which this compile does not reference.
using System;
using System.Collections.Generic;
using Game.Facts;
using TypedFacts;

namespace Game
{
    public static class FactsQuiz
    {
        /// <summary>A question about an entry, and its answer with the quote that backs it.</summary>
        public static (string Question, string Answer, string Quote) AgeQuestion(Person person)
        {
            var evidence = person.EvidenceFor(Person.Fields.Age);
            return ($"How old was {person.Name} on landing?", person.Age?.ToString() ?? "unknown", evidence.Count > 0 ? evidence[0].Quote : "");
        }

        /// <summary>A date field: System.DateTime where the target has no DateOnly.</summary>
        public static DateTime Landing(Person person) => person.Mission.Landed;

        /// <summary>Every entry of every kind, walked through the model without reflection.</summary>
        public static IEnumerable<string> Entries()
        {
            foreach (FactKind kind in Facts.Facts.Model.Kinds)
            {
                foreach (IFact entry in kind.Entries)
                {
                    yield return kind.Name + "." + entry.Id;
                }
            }
        }

        public static Role RoleOf(Person person) => person switch
        {
            { Role: Role.Cosmonaut } => Role.Cosmonaut,
            _ => person.Role,
        };

        public const int DaysOnStation = Facts.Facts.DaysOnStation;
    }
}
