using System;
using System.Collections.Generic;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Provenance;
using TypedFacts.Generator.Syntax;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Merges the declarations of a namespace's files (SPEC 2, several fact files): a source or an
/// enum may be declared in several files if every declaration is the same; a kind may be split,
/// its fields declared in one file (or the same in several) and its entries spread over them.
/// </summary>
internal sealed class DeclarationMerger(BindContext context)
{
    public List<SourceSymbol> Sources { get; } = [];

    public List<(FactFileSyntax File, EnumSyntax Syntax)> Enums { get; } = [];

    public List<KindDeclaration> Kinds { get; } = [];

    private readonly Dictionary<string, SourceSymbol> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (FactFileSyntax File, EnumSyntax Syntax)> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KindDeclaration> _kinds = new(StringComparer.Ordinal);

    public void Merge(IReadOnlyList<FactFileSyntax> files)
    {
        foreach (var file in files)
        {
            foreach (var source in file.Sources)
            {
                AddSource(file, source);
            }

            foreach (var declaration in file.Enums)
            {
                AddEnum(file, declaration);
            }

            foreach (var declaration in file.Kinds)
            {
                AddKind(file, declaration);
            }
        }
    }

    private void AddSource(FactFileSyntax file, SourceSyntax syntax)
    {
        var fullPath = syntax.File is { } path ? PathNormalizer.Resolve(file.Path, path.Value) : null;
        if (_sources.TryGetValue(syntax.Id.Value, out var existing))
        {
            var first = existing.Syntax;
            if (first.Title?.Value != syntax.Title?.Value || existing.FullPath != fullPath
                || first.Published?.Value != syntax.Published?.Value || first.Url?.Value != syntax.Url?.Value)
            {
                context.Report(syntax.Id, FactDiagnostics.DeclaredDifferently(file.At(syntax.Id), "The source", syntax.Id.Value, existing.File.Path, "another title, date, url or file (files are resolved from each fact file's folder)"));
            }

            return;
        }

        var source = new SourceSymbol(file, syntax, fullPath);
        if (fullPath is not null)
        {
            context.SourceFiles.Add(new SourceFile(source.Id, fullPath, syntax.File!.Value, context.ProjectRelative(fullPath), file.At(syntax.File)));
        }

        _sources[source.Id] = source;
        Sources.Add(source);
    }

    private void AddEnum(FactFileSyntax file, EnumSyntax syntax)
    {
        if (_enums.TryGetValue(syntax.Name.Value, out var existing))
        {
            if (!SameMembers(existing.Syntax, syntax))
            {
                context.Report(syntax.Name, FactDiagnostics.DeclaredDifferently(file.At(syntax.Name), "The enum", syntax.Name.Value, existing.File.Path, "other members"));
            }

            return;
        }

        _enums[syntax.Name.Value] = (file, syntax);
        Enums.Add((file, syntax));
    }

    private void AddKind(FactFileSyntax file, KindSyntax syntax)
    {
        if (!_kinds.TryGetValue(syntax.Name.Value, out var kind))
        {
            kind = new KindDeclaration(file, syntax);
            _kinds[syntax.Name.Value] = kind;
            Kinds.Add(kind);
            return;
        }

        if (syntax.Fields is not null)
        {
            if (kind.Fields is not { } declared)
            {
                // Fields declared in one file hold for the entries of every file.
                kind.Fields = (file, syntax.Fields);
            }
            else if (!SameFields(declared.Fields, syntax.Fields))
            {
                context.Report(syntax.Name, FactDiagnostics.DeclaredDifferently(file.At(syntax.Name), "The record kind", syntax.Name.Value, declared.File.Path, "other fields"));
                return;
            }
        }

        kind.Description ??= syntax.Description;
        if (syntax.Entries is not null)
        {
            kind.Entries ??= [];
            foreach (var entry in syntax.Entries)
            {
                kind.Entries.Add((file, entry));
            }
        }
    }

    private static bool SameMembers(EnumSyntax a, EnumSyntax b)
    {
        if (a.Members.Count != b.Members.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Members.Count; i++)
        {
            if (a.Members[i].Name.Value != b.Members[i].Name.Value)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameFields(IReadOnlyList<FieldSyntax> a, IReadOnlyList<FieldSyntax> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Name.Value != b[i].Name.Value || TypeText(a[i]) != TypeText(b[i]))
            {
                return false;
            }
        }

        return true;

        static string TypeText(FieldSyntax field) => field.Type?.Value.Replace(" ", string.Empty) ?? string.Empty;
    }
}

/// <summary>A kind as the files of a namespace declare it, before it is named and typed.</summary>
internal sealed class KindDeclaration(FactFileSyntax file, KindSyntax syntax)
{
    public FactFileSyntax File { get; } = file;

    public KindSyntax Syntax { get; } = syntax;

    public string? Description { get; set; } = syntax.Description;

    public (FactFileSyntax File, IReadOnlyList<FieldSyntax> Fields)? Fields { get; set; } = syntax.Fields is null ? null : (file, syntax.Fields);

    /// <summary>Null for a value kind (no file gives it entries).</summary>
    public List<(FactFileSyntax File, EntrySyntax Entry)>? Entries { get; set; } = syntax.Entries is null ? null : EntriesOf(file, syntax.Entries);

    private static List<(FactFileSyntax, EntrySyntax)> EntriesOf(FactFileSyntax file, IReadOnlyList<EntrySyntax> entries)
    {
        var list = new List<(FactFileSyntax, EntrySyntax)>(entries.Count);
        foreach (var entry in entries)
        {
            list.Add((file, entry));
        }

        return list;
    }
}
