using System;
using System.Collections.Generic;

namespace TypedFacts.Generator.Binding;

/// <summary>The symbols of one namespace, by YAML name (as fact files refer to them) and by C# name (as types do).</summary>
internal sealed class NamespaceScope(string name)
{
    public string Name { get; } = name;

    public List<SourceSymbol> Sources { get; } = [];

    public Dictionary<string, SourceSymbol> SourcesById { get; } = new(StringComparer.Ordinal);

    public List<EnumSymbol> Enums { get; } = [];

    public Dictionary<string, EnumSymbol> EnumsByYamlName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EnumSymbol> EnumsByName { get; } = new(StringComparer.Ordinal);

    /// <summary>Declared kinds in file order, then the value kinds inference adds.</summary>
    public List<KindSymbol> Kinds { get; } = [];

    /// <summary>Declared kinds only: an inferred value kind cannot be named in a type expression.</summary>
    public Dictionary<string, KindSymbol> KindsByYamlName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, KindSymbol> KindsByName { get; } = new(StringComparer.Ordinal);

    public void Add(EnumSymbol symbol)
    {
        Enums.Add(symbol);
        EnumsByYamlName[symbol.YamlName] = symbol;
        EnumsByName[symbol.Name] = symbol;
    }

    public void Add(KindSymbol symbol, bool declared)
    {
        Kinds.Add(symbol);
        KindsByName[symbol.Name] = symbol;
        if (declared)
        {
            KindsByYamlName[symbol.YamlName] = symbol;
        }
    }

    public void Add(SourceSymbol symbol)
    {
        Sources.Add(symbol);
        SourcesById[symbol.Id] = symbol;
    }
}
