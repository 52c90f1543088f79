using System;
using System.Collections.Generic;
using System.Linq;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Binds the fact files of one namespace, in the order the stages depend on each other:
/// merge the declarations of every file; name the enums and kinds; give each kind its fields
/// (declared, or inferred from its entries); bind the entries, the sources and the constants;
/// and describe each generated file as a <see cref="TypeSpec"/>. Every problem is a located
/// diagnostic; whatever is still valid is generated.
/// </summary>
internal sealed class NamespaceBinder
{
    private readonly BindContext _context;
    private readonly NamespaceScope _scope;
    private readonly NameTable _names;
    private readonly TypeResolver _types;
    private readonly FieldNaming _fields;
    private readonly ValueBinder _values;
    private readonly EvidenceBinder _evidence;

    public NamespaceBinder(BindContext context, string name)
    {
        _context = context;
        _scope = new NamespaceScope(name);
        _names = new NameTable(context);
        _types = new TypeResolver(context, _scope);
        _fields = new FieldNaming(context);
        _values = new ValueBinder(context, _scope);
        _evidence = new EvidenceBinder(context, _scope, _values);
    }

    public List<TypeSpec> Bind(IReadOnlyList<FactFileSyntax> files)
    {
        var merged = new DeclarationMerger(_context);
        merged.Merge(files);
        foreach (var source in merged.Sources)
        {
            _scope.Add(source);
        }

        foreach (var (file, syntax) in merged.Enums)
        {
            AddEnum(file, syntax);
        }

        var declared = new List<(KindSymbol Kind, KindDeclaration Declaration)>(merged.Kinds.Count);
        foreach (var declaration in merged.Kinds)
        {
            if (AddKind(declaration) is { } kind)
            {
                declared.Add((kind, declaration));
            }
        }

        foreach (var (kind, declaration) in declared)
        {
            AddFields(kind, declaration);
        }

        return Specs(files);
    }

    private void AddEnum(FactFileSyntax file, EnumSyntax syntax)
    {
        var name = _context.Pascal(file, syntax.Name);
        if (name is null || !_names.ClaimType(file, syntax.Name, name))
        {
            return;
        }

        var scope = MemberScope.ForEnumMembers(_context, name);
        var members = new List<EnumMemberSpec>(syntax.Members.Count);
        var yamlMembers = new List<string>(syntax.Members.Count);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in syntax.Members)
        {
            yamlMembers.Add(member.Name.Value);
            if (scope.Claim(file, member.Name) is { } memberName)
            {
                byName[member.Name.Value] = memberName;
                byName[memberName] = memberName;
                members.Add(new EnumMemberSpec(memberName, member.Name.Value, member.Description));
            }
        }

        _scope.Add(new EnumSymbol(syntax.Name.Value, name, yamlMembers, byName, new EnumSpec(_scope.Name, name, syntax.Name.Value, syntax.Description, members.ToEquatableArray())));
    }

    /// <summary>Names a kind and indexes its entries by id (ids are unique across files); null when its name is taken (reported).</summary>
    private KindSymbol? AddKind(KindDeclaration declaration)
    {
        var (file, nameNode) = (declaration.File, declaration.Syntax.Name);
        var name = _context.Pascal(file, nameNode);
        if (name is null || !_names.ClaimType(file, nameNode, name))
        {
            // Fields that use it get TF2001 rather than code that points at the wrong type.
            return null;
        }

        var kind = new KindSymbol(file, nameNode, name, isEntity: declaration.Entries is not null, declaration.Description);
        // The first entry of each id; its location is worked out only for a duplicate.
        var first = new Dictionary<string, (FactFileSyntax File, FactScalar Id)>(declaration.Entries?.Count ?? 0, StringComparer.Ordinal);
        foreach (var (entryFile, entry) in declaration.Entries ?? [])
        {
            _context.CheckCancellation(kind.Entries.Count);
            if (first.TryGetValue(entry.Id.Value, out var other))
            {
                _context.Report(entry.Id, FactDiagnostics.DuplicateId(entryFile.At(entry.Id), kind.YamlName, entry.Id.Value, other.File.At(other.Id)));
                continue;
            }

            first[entry.Id.Value] = (entryFile, entry.Id);
            kind.Ids.Add(entry.Id.Value, entry.Id.Value);
            kind.Entries.Add((entryFile, entry));
        }

        _scope.Add(kind, declared: true);
        return kind;
    }

    private void AddFields(KindSymbol kind, KindDeclaration declaration)
    {
        if (declaration.Fields is { } declared)
        {
            foreach (var field in declared.Fields)
            {
                var type = field.Type is { } typeNode ? _types.Resolve(declared.File, typeNode) : null;
                _fields.Add(kind, declared.File, field.Name, type, field.Description);
            }
        }
        else if (kind.IsEntity)
        {
            if (kind.Entries.Count == 0)
            {
                _context.Report(kind.NameNode, FactDiagnostics.KindWithoutEntriesOrFields(kind.File.At(kind.NameNode), kind.YamlName));
            }

            new FieldInference(_context, _scope, _names, _fields).Infer(kind);
        }
    }

    /// <summary>
    /// The generated files of the namespace: its kinds, enums and catalogs, and its registry (the
    /// sources and the model). A namespace with nothing in it generates nothing.
    /// </summary>
    private List<TypeSpec> Specs(IReadOnlyList<FactFileSyntax> files)
    {
        var specs = new List<TypeSpec>();
        if (_scope.Kinds.Count == 0 && _scope.Enums.Count == 0 && _scope.Sources.Count == 0 && !HasConstants(files))
        {
            return specs;
        }

        var valueKinds = new Dictionary<string, KindSpec>(StringComparer.Ordinal);
        foreach (var kind in _scope.Kinds)
        {
            if (!kind.IsEntity)
            {
                var fields = FieldSpecs(kind);
                valueKinds[kind.Name] = new KindSpec(_scope.Name, kind.Name, kind.YamlName, kind.Description, IsEntity: false, fields, EquatableArray<EntrySpec>.Empty, EquatableArray<KindSpec>.Empty);
            }
        }

        var entries = new EntryBinder(_context, _values, _evidence);
        var valueKindTypes = new Dictionary<string, IReadOnlyList<TypeRef>>(StringComparer.Ordinal);
        IReadOnlyList<TypeRef> ValueKindFields(string name)
        {
            if (!valueKindTypes.TryGetValue(name, out var types))
            {
                valueKindTypes[name] = types = valueKinds[name].Fields.Select(f => f.Type).ToList();
            }

            return types;
        }

        var kindNames = new List<string>(_scope.Kinds.Count);
        foreach (var kind in _scope.Kinds)
        {
            kindNames.Add(kind.Name);
            if (kind.IsEntity)
            {
                var fields = FieldSpecs(kind);
                specs.Add(new KindSpec(_scope.Name, kind.Name, kind.YamlName, kind.Description, IsEntity: true, fields, entries.Bind(kind, ValueKindFields), ValueKindsUsedBy(fields, valueKinds)));
            }
            else
            {
                // A value kind's file constructs no values, but its descriptors name the value kinds of its fields.
                var spec = valueKinds[kind.Name];
                specs.Add(spec with { ValueKinds = ValueKindsUsedBy(spec.Fields, valueKinds) });
            }
        }

        foreach (var enumSymbol in _scope.Enums)
        {
            specs.Add(enumSymbol.Spec);
        }

        var sources = new SourceBinder(_context, _values).Bind(_scope);
        var catalogNames = new List<string>();
        foreach (var catalog in new CatalogBinder(_context, _names, _types, _values, _evidence).Bind(files))
        {
            var constants = catalog.Constants.ToEquatableArray();
            var types = new List<FieldSpec>(constants.Count);
            foreach (var constant in constants)
            {
                types.Add(new FieldSpec(constant.Name, constant.YamlName, constant.Type, null));
            }

            catalogNames.Add(catalog.Name);
            specs.Add(new CatalogSpec(_scope.Name, catalog.Name, catalog.Description, constants, sources, ValueKindsUsedBy(types, valueKinds)));
        }

        specs.Add(new ModelSpec(_scope.Name, kindNames.ToEquatableArray(), catalogNames.ToEquatableArray(), sources));
        return specs;
    }

    private static bool HasConstants(IReadOnlyList<FactFileSyntax> files)
    {
        foreach (var file in files)
        {
            if (file.Constants.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static EquatableArray<FieldSpec> FieldSpecs(KindSymbol kind)
    {
        var fields = new FieldSpec[kind.Fields.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = kind.Fields[i].ToSpec();
        }

        return new EquatableArray<FieldSpec>(fields);
    }

    /// <summary>The value kinds that values of these fields construct, transitively, ordered by name.</summary>
    private static EquatableArray<KindSpec> ValueKindsUsedBy(IReadOnlyList<FieldSpec> fields, Dictionary<string, KindSpec> valueKinds)
    {
        var used = new SortedDictionary<string, KindSpec>(StringComparer.Ordinal);
        var pending = new Queue<TypeRef>();
        foreach (var field in fields)
        {
            pending.Enqueue(field.Type);
        }

        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (type.Category != TypeCategory.Value || used.ContainsKey(type.Name))
            {
                continue;
            }

            var kind = valueKinds[type.Name];
            used[type.Name] = kind;
            foreach (var field in kind.Fields)
            {
                pending.Enqueue(field.Type);
            }
        }

        return new EquatableArray<KindSpec>(used.Values);
    }
}
