using System;
using System.Collections.Generic;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Syntax;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Binding;

/// <summary>A source of the namespace (SPEC 2.4), with the full path of its file when it names one.</summary>
internal sealed class SourceSymbol(FactFileSyntax file, SourceSyntax syntax, string? fullPath)
{
    public FactFileSyntax File { get; } = file;

    public SourceSyntax Syntax { get; } = syntax;

    public string Id => Syntax.Id.Value;

    public string? FullPath { get; } = fullPath;
}

/// <summary>An enum of the namespace, named and with its members named.</summary>
internal sealed class EnumSymbol(string yamlName, string name, IReadOnlyList<string> yamlMembers, Dictionary<string, string> memberByName, EnumSpec spec)
{
    public string YamlName { get; } = yamlName;

    public string Name { get; } = name;

    /// <summary>The members as written, for messages.</summary>
    public IReadOnlyList<string> YamlMembers { get; } = yamlMembers;

    /// <summary>Member C# names by their YAML name and by their C# name: a value may be written either way.</summary>
    public Dictionary<string, string> MemberByName { get; } = memberByName;

    public EnumSpec Spec { get; } = spec;

    private Dictionary<string, int>? _positions;

    /// <summary>The position of a member (its C# value), by its C# name.</summary>
    public int PositionOf(string member)
    {
        if (_positions is null)
        {
            var positions = new Dictionary<string, int>(Spec.Members.Count, StringComparer.Ordinal);
            for (var i = 0; i < Spec.Members.Count; i++)
            {
                positions[Spec.Members[i].Name] = i;
            }

            _positions = positions;
        }

        return _positions[member];
    }
}

/// <summary>
/// A record kind of the namespace, merged over every file that declares it. Built in stages by
/// <see cref="NamespaceBinder"/>: named, with its entries, then given its fields, once
/// (declared or inferred). Only fields with a valid name and type are in <see cref="Fields"/>; the YAML
/// names of the others stay known, so their values are skipped rather than reported again.
/// </summary>
internal sealed class KindSymbol(FactFileSyntax file, FactScalar nameNode, string name, bool isEntity, string? description)
{
    private readonly Dictionary<string, int> _fieldIndex = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownFields = new(StringComparer.Ordinal);
    private readonly List<string> _knownFieldNames = [];
    private readonly List<FieldSymbol> _fields = [];

    /// <summary>The file of its first declaration: where kind-level problems are reported.</summary>
    public FactFileSyntax File { get; } = file;

    public FactScalar NameNode { get; } = nameNode;

    public string YamlName => NameNode.Value;

    public string Name { get; } = name;

    public bool IsEntity { get; } = isEntity;

    public string? Description { get; } = description;

    /// <summary>The entries of every file, in file order, without duplicate ids (an entity kind only).</summary>
    public List<(FactFileSyntax File, EntrySyntax Entry)> Entries { get; } = [];

    /// <summary>The ids of <see cref="Entries"/>, for references: each to itself, so that a reference keeps the entry's own string rather than a copy.</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<FieldSymbol> Fields => _fields;

    /// <summary>The YAML names of every field, valid or not, in declaration order: for messages.</summary>
    public IReadOnlyList<string> KnownFieldNames => _knownFieldNames;

    public TypeRef Type => new(IsEntity ? TypeCategory.Entity : TypeCategory.Value, ScalarKind.String, Name, YamlName, IsList: false, IsNullable: false);

    /// <summary>A field name of the kind, valid or not.</summary>
    public void AddKnownField(string yamlName)
    {
        if (_knownFields.Add(yamlName))
        {
            _knownFieldNames.Add(yamlName);
        }
    }

    public void AddField(FieldSymbol field)
    {
        AddKnownField(field.YamlName);
        _fieldIndex[field.YamlName] = _fields.Count;
        _fields.Add(field);
    }

    public bool IsKnownField(string yamlName) => _knownFields.Contains(yamlName);

    /// <summary>The position of a valid field, or -1.</summary>
    public int IndexOfField(string yamlName) => _fieldIndex.TryGetValue(yamlName, out var index) ? index : -1;
}

/// <summary>A field with a valid C# name and type.</summary>
internal sealed record FieldSymbol(string YamlName, string PropertyName, TypeRef Type, string? Description)
{
    public FieldSpec ToSpec() => new(PropertyName, YamlName, Type, Description);
}
