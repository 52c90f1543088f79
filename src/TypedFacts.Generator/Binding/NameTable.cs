using System;
using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// The naming policy of a namespace (SPEC 3.2, identifiers): which C# type names are taken, and,
/// per generated type, which member names (<see cref="MemberScope"/>). Compared ignoring case
/// for types, because each type is a file (hint name) and file systems ignore case.
/// </summary>
internal sealed class NameTable(BindContext context)
{
    private readonly TakenNames _types = new(context, StringComparer.OrdinalIgnoreCase);

    public bool IsTaken(string name) => _types.Contains(name);

    /// <summary>Takes a type name for a declaration; false (reported) when a runtime type or another declaration has it.</summary>
    public bool ClaimType(FactFileSyntax file, FactScalar node, string name)
    {
        if (RuntimeTypes.IsRuntimeTypeName(name))
        {
            context.Report(node, FactDiagnostics.ReservedName(file.At(node), node.Value, name, NameClash.RuntimeType));
            return false;
        }

        return _types.TryTake(file, node, name);
    }

    /// <summary>Takes a type name that no declaration names (a default catalog): no check, the caller has made it.</summary>
    public void Take(FactFileSyntax file, FactScalar node, string name) => _types.Take(file, node, name);
}

/// <summary>
/// The member names of one generated type: those the generator itself writes (reserved, with
/// the reason a clash is reported with), and those taken so far by entries, fields or constants.
/// </summary>
internal sealed class MemberScope(BindContext context, Func<string, NameClash?> reserved, string owner = "")
{
    private readonly TakenNames _taken = new(context, StringComparer.Ordinal);

    /// <summary>The C# name of <paramref name="node"/>, taken in this scope; null (reported) when it cannot be.</summary>
    public string? Claim(FactFileSyntax file, FactScalar node)
    {
        var name = context.Pascal(file, node);
        return name is not null && Claim(file, node, name) ? name : null;
    }

    public bool Claim(FactFileSyntax file, FactScalar node, string name)
    {
        if (reserved(name) is { } clash)
        {
            context.Report(node, FactDiagnostics.ReservedName(file.At(node), node.Value, name, clash, owner));
            return false;
        }

        return _taken.TryTake(file, node, name);
    }

    /// <summary>Members of an entity type: the generated ones, its fields' properties and its own name.</summary>
    public static MemberScope ForEntries(BindContext context, KindSymbol kind)
    {
        var taken = new HashSet<string>(GeneratedMembers.YieldedToFields, StringComparer.Ordinal);
        foreach (var field in kind.Fields)
        {
            taken.Add(field.PropertyName);
        }

        return new MemberScope(
            context,
            name => name == kind.Name || GeneratedMembers.IsEntityMember(name) || taken.Contains(name) ? NameClash.Member : null,
            $"the generated {kind.Name} type");
    }

    /// <summary>The properties of a catalog's <c>Sources</c> class, one per source id.</summary>
    public static MemberScope ForSources(BindContext context)
        => new(context, name => GeneratedMembers.IsSourcesMember(name) ? NameClash.Member : null, "a catalog's Sources class");

    /// <summary>Properties of a kind's fields: not the kind's own name, nor a generated member.</summary>
    public static MemberScope ForFields(BindContext context, string kindName, bool isEntity)
        => new(context, name => name == kindName ? NameClash.KindItself
            : isEntity ? (GeneratedMembers.IsEntityMember(name) ? NameClash.EntityMember : null)
            : GeneratedMembers.IsValueMember(name) ? NameClash.ValueMember : null);

    public static MemberScope ForEnumMembers(BindContext context, string enumName)
        => new(context, name => name == enumName ? NameClash.EnumItself : null);

    public static MemberScope ForConstants(BindContext context, string catalogName)
        => new(context, name => name == catalogName ? NameClash.CatalogItself : GeneratedMembers.IsCatalogMember(name) ? NameClash.CatalogMember : null);
}

/// <summary>The names taken in one scope, with the node that took each, for the message when another wants it.</summary>
internal sealed class TakenNames(BindContext context, StringComparer comparer)
{
    private readonly Dictionary<string, (FactFileSyntax File, FactScalar Node)> _taken = new(comparer);

    public bool Contains(string name) => _taken.ContainsKey(name);

    /// <summary>Takes the name; false (reported as a collision) when it is already taken.</summary>
    public bool TryTake(FactFileSyntax file, FactScalar node, string name)
    {
        if (_taken.TryGetValue(name, out var other))
        {
            context.Report(node, FactDiagnostics.IdentifierCollision(file.At(node), node.Value, other.Node.Value, other.File.At(other.Node), name));
            return false;
        }

        _taken[name] = (file, node);
        return true;
    }

    public void Take(FactFileSyntax file, FactScalar node, string name) => _taken[name] = (file, node);
}
