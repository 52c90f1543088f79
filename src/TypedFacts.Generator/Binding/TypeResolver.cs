using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Binding;

/// <summary>Resolves a type expression (SPEC 2.2) against the built-in types and the namespace's enums and kinds.</summary>
internal sealed class TypeResolver(BindContext context, NamespaceScope scope)
{
    /// <returns>The type, or null after reporting TF2001.</returns>
    public TypeRef? Resolve(FactFileSyntax file, FactScalar node)
    {
        if (!TypeExpression.TryParse(node.Value, out var expression))
        {
            context.Report(node, FactDiagnostics.UnknownType(file.At(node), node.Value, []));
            return null;
        }

        var (name, isList, isNullable) = (expression.Name, expression.IsList, expression.IsNullable);
        if (ScalarTypes.TryGet(name, out var scalar))
        {
            return new TypeRef(TypeCategory.Scalar, scalar.Kind, string.Empty, scalar.Name, isList, isNullable);
        }

        if (scope.EnumsByYamlName.TryGetValue(name, out var enumSymbol))
        {
            return new TypeRef(TypeCategory.Enum, ScalarKind.String, enumSymbol.Name, name, isList, isNullable);
        }

        if (scope.KindsByYamlName.TryGetValue(name, out var kind))
        {
            return kind.Type with { IsList = isList, IsNullable = isNullable };
        }

        if (name == RuntimeTypes.SourceName)
        {
            return RuntimeTypes.SourceType with { IsList = isList, IsNullable = isNullable };
        }

        context.Report(node, FactDiagnostics.UnknownType(file.At(node), node.Value, Candidates()));
        return null;
    }

    private IEnumerable<string> Candidates()
    {
        foreach (var name in ScalarTypes.Names)
        {
            yield return name;
        }

        foreach (var name in scope.EnumsByYamlName.Keys)
        {
            yield return name;
        }

        foreach (var name in scope.KindsByYamlName.Keys)
        {
            yield return name;
        }
    }
}
