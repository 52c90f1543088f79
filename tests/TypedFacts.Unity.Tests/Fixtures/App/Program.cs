// A net10.0 app on the library that the Unity-shaped compile produced.
using System;
using System.Linq;
using Game.Facts;
using TypedFacts;

foreach (FactKind kind in Facts.Model.Kinds)
{
    Console.WriteLine($"kind {kind.Namespace}.{kind.Name}: {string.Join(", ", kind.Entries.Select(e => e.Id))}");
}

var yulia = Person.YuliaPeresild;
Console.WriteLine($"entry {yulia.Id}: {yulia.Name}, {yulia.Age}, {yulia.Role}, {yulia.Mission.Name}");
Console.WriteLine($"landed {Game.FactsQuiz.Landing(yulia):yyyy-MM-dd} ({Game.FactsQuiz.Landing(yulia).GetType().Name})");
var evidence = yulia.Evidence[0];
Console.WriteLine($"evidence {evidence.Source.Id} [{string.Join(", ", evidence.Fields)}]: \"{evidence.Quote}\"");
var (question, answer, quote) = Game.FactsQuiz.AgeQuestion(yulia);
Console.WriteLine($"quiz {question} {answer} (\"{quote}\")");
Console.WriteLine($"constant DaysOnStation = {Game.FactsQuiz.DaysOnStation}");
Console.WriteLine($"entries {Game.FactsQuiz.Entries().Count()}");
