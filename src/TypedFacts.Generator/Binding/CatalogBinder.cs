using System;
using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Binds the constants of a namespace (SPEC 2.5) into catalogs: one static class per catalog
/// name (a file's <c>catalog:</c>, or its file name), gathering the constants of every file
/// that uses the name.
/// </summary>
internal sealed class CatalogBinder(BindContext context, NameTable names, TypeResolver types, ValueBinder values, EvidenceBinder evidence)
{
    public List<Catalog> Bind(IReadOnlyList<FactFileSyntax> files)
    {
        var catalogs = new List<Catalog>();
        var byName = new Dictionary<string, Catalog>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Constants.Count == 0)
            {
                continue;
            }

            var name = file.Catalog is { } node ? context.Pascal(file, node) : Identifiers.DefaultCatalog(file.Path);
            if (name is null)
            {
                continue;
            }

            if (!byName.TryGetValue(name, out var catalog))
            {
                if (!Claim(file, name))
                {
                    continue;
                }

                catalog = new Catalog(name, file.Description, MemberScope.ForConstants(context, name));
                byName[name] = catalog;
                catalogs.Add(catalog);
            }

            foreach (var constant in file.Constants)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (BindConstant(file, constant, catalog.Members) is { } spec)
                {
                    catalog.Constants.Add(spec);
                }
            }
        }

        return catalogs;
    }

    private bool Claim(FactFileSyntax file, string name)
    {
        if (file.Catalog is { } node)
        {
            return names.ClaimType(file, node, name);
        }

        var first = file.Constants[0].Name;
        if (names.IsTaken(name))
        {
            context.Report(first, FactDiagnostics.ReservedName(file.At(first), System.IO.Path.GetFileName(file.Path), name, NameClash.DefaultCatalog));
            return false;
        }

        names.Take(file, first, name);
        return true;
    }

    private ConstantSpec? BindConstant(FactFileSyntax file, ConstantSyntax constant, MemberScope members)
    {
        var type = constant.Type is { } typeNode ? types.Resolve(file, typeNode) : Infer(file, constant);
        var bound = evidence.Bind(file, constant.Evidence, null, constant.Name, "The constant");
        if (type is null)
        {
            return null;
        }

        var name = members.Claim(file, constant.Name);
        if (name is null)
        {
            return null;
        }

        var value = values.Convert(file, constant.Value, type, constant.Name.Value);
        return value is null ? null : new ConstantSpec(name, constant.Name.Value, type, value, constant.Description, bound);
    }

    /// <summary>A constant's type from its value alone (SPEC 2.3): a scalar, or a list of scalars.</summary>
    private TypeRef? Infer(FactFileSyntax file, ConstantSyntax constant)
    {
        var shape = new Shape();
        shape.Merge(constant.Value, file);
        var type = shape.Kind switch
        {
            ShapeKind.Scalar => Scalar(shape.Scalar, isList: false),
            ShapeKind.List when shape.Element!.Kind == ShapeKind.Scalar => Scalar(shape.Element.Scalar, isList: true),
            ShapeKind.List when shape.Element!.Kind == ShapeKind.Unknown => Scalar(ScalarTypes.String, isList: true),
            _ => null,
        };
        if (type is null)
        {
            var from = constant.Value switch
            {
                Yaml.FactScalar => "null",
                Yaml.FactSequence => "a sequence of mixed or nested values",
                _ => "a mapping",
            };
            context.Report(constant.Value, FactDiagnostics.NotInferable(file.At(constant.Value), constant.Name.Value, from, "give the constant a 'type'"));
        }

        return type;

        static TypeRef Scalar(ScalarType scalar, bool isList) => TypeRef.Of(scalar.Kind, scalar.Name) with { IsList = isList };
    }

    /// <summary>A catalog being filled: its constants in file order, and the member names they took.</summary>
    internal sealed class Catalog(string name, string? description, MemberScope members)
    {
        public string Name { get; } = name;

        public string? Description { get; } = description;

        public MemberScope Members { get; } = members;

        public List<ConstantSpec> Constants { get; } = [];
    }
}
