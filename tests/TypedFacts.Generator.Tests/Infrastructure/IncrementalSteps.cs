using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using TypedFacts.Generator.Pipeline;
using Shouldly;

namespace TypedFacts.Generator.Tests.Infrastructure;

/// <summary>
/// Step-tracking assertions shared by the caching tests: how each named step ran on the last
/// run, and that no step output holds Roslyn objects that would root compilations in the
/// cache and compare by reference.
/// </summary>
public static class IncrementalSteps
{
    private static readonly Type[] s_forbidden = [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(AdditionalText), typeof(SemanticModel)];

    /// <summary>The reasons of every output of a named step.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriverRunResult result, string step)
        => result.Results.Single().TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
            : [];

    /// <summary>Every tracked step and every source output was Cached or Unchanged: nothing was redone or regenerated.</summary>
    public static void ShouldAllBeCachedOrUnchanged(GeneratorDriverRunResult result)
    {
        var run = result.Results.Single();
        foreach (var (name, steps) in run.TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                output.Reason.ShouldBeOneOf([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged], $"step {name}");
            }
        }

        SourcesRegenerated(result).ShouldBe(0);
    }

    /// <summary>How many generated files were produced anew (New or Modified) by the last run.</summary>
    public static int SourcesRegenerated(GeneratorDriverRunResult result)
        => result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);

    /// <summary>Walks every step output (records, tuples, collections) and fails on a Roslyn object.</summary>
    public static void ShouldHoldNoRoslynObjects(GeneratorDriverRunResult result)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (name, steps) in result.Results.Single().TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Walk(output.Value, name, visited, depth: 0);
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> visited, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 12)
        {
            return;
        }

        var type = value.GetType();
        s_forbidden.Any(f => f.IsAssignableFrom(type)).ShouldBeFalse($"{path} holds a {type.Name}");
        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", visited, depth + 1);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, visited, depth + 1);
        }
    }
}
