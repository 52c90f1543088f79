using System.Collections.Generic;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Binding;

/// <summary>Gives each field of a kind its C# property name, once per kind, and keeps the fields that have a name and a type.</summary>
internal sealed class FieldNaming(BindContext context)
{
    private readonly Dictionary<KindSymbol, MemberScope> _scopes = [];

    /// <param name="type">The field's type; null when it is in error (reported): the field stays known, so its values are skipped.</param>
    public void Add(KindSymbol kind, FactFileSyntax file, FactScalar name, TypeRef? type, string? description)
    {
        if (!_scopes.TryGetValue(kind, out var scope))
        {
            _scopes[kind] = scope = MemberScope.ForFields(context, kind.Name, kind.IsEntity);
        }

        kind.AddKnownField(name.Value);
        if (scope.Claim(file, name) is { } property && type is not null)
        {
            kind.AddField(new FieldSymbol(name.Value, property, type, description));
        }
    }
}
