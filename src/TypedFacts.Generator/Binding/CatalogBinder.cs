using System;
using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Binds the catalogs of a namespace (SPEC 2.5, 3.2): every fact file that declares something
/// belongs to one, named by its <c>catalog:</c> or after its file, and a catalog gathers the
/// constants of every file that names it. Each catalog also gives the namespace's <c>Model</c>
/// and <c>Sources</c>, so a namespace with anything in it always has one.
/// </summary>
internal sealed class CatalogBinder(BindContext context, NameTable names, TypeResolver types, ValueBinder values, EvidenceBinder evidence)
{
    public List<Catalog> Bind(IReadOnlyList<FactFileSyntax> files)
    {
        var catalogs = new List<Catalog>();
        var byName = new Dictionary<string, Catalog>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Catalog is null && file.Constants.Count == 0 && file.Sources.Count == 0 && file.Enums.Count == 0 && file.Kinds.Count == 0)
            {
                continue; // declares nothing: it needs no catalog of its own
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

        // Reported on the first constant, the namespace, or the top of the file: the catalog has no key of its own.
        var at = file.Constants.Count > 0 ? file.Constants[0].Name : file.Namespace;
        if (names.IsTaken(name))
        {
            var location = at is null ? LocationInfo.FileStart(file.Path) : file.At(at);
            context.Report(FactDiagnostics.ReservedName(location, System.IO.Path.GetFileName(file.Path), name, NameClash.DefaultCatalog));
            return false;
        }

        names.Take(file, at ?? new Yaml.FactScalar(default, name, isPlain: true), name);
        return true;
    }

    private ConstantSpec? BindConstant(FactFileSyntax file, ConstantSyntax constant, MemberScope members)
    {
        var type = constant.Type is { } typeNode ? types.Resolve(file, typeNode) : Infer(file, constant);
        var name = type is null ? null : members.Claim(file, constant.Name);
        var value = type is null || name is null ? null : values.Convert(file, constant.Value, type, constant.Name.Value);

        // Bound even when the constant is in error, so that its quotes are still checked; claims need its value.
        var bound = evidence.Bind(file, constant.Evidence, null, constant.Name, "The constant", _ => value is null ? null : new ClaimTarget(type!, value, constant.Name.Value));
        if (value is null)
        {
            return null;
        }

        if (context.Options.RequireEvidence == EvidenceRequirement.Fields && value is not NullValue && !HasSupport(bound))
        {
            context.Report(constant.Value, FactDiagnostics.UncitedConstant(file.At(constant.Value), constant.Name.Value));
        }

        return new ConstantSpec(name!, constant.Name.Value, type!, value, constant.Description, bound);
    }

    private static bool HasSupport(EquatableArray<EvidenceSpec> evidence)
    {
        foreach (var item in evidence)
        {
            if (item.Claim is null)
            {
                return true;
            }
        }

        return false;
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
