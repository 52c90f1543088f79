using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Model;
using TypedFacts.Generator.Parsing;
using TypedFacts.Generator.Yaml;

namespace TypedFacts.Generator.Binding;

/// <summary>
/// Binds the parsed fact files of a compilation into the model of the generated code: groups
/// them by namespace, merges kinds and enums declared in several files, resolves and infers
/// types, converts every value, resolves references to entry indexes, turns names into C#
/// identifiers and checks them for collisions, and collects the quotes to check. Every problem
/// is a located diagnostic; whatever is still valid is generated.
/// </summary>
public sealed class FactBinder
{
    public const string SourceKindName = "FactSource";

    /// <summary>
    /// Entries that get a static property. Each property is a getter method, and the runtime
    /// refuses to load a type with more than 65,535 methods (found building a 100,000-entry
    /// consumer); the rest of a larger kind is reached through Get, TryGet and All.
    /// </summary>
    public const int MaxEntryProperties = 50_000;
    public const string EvidenceKindName = "FactEvidence";

    /// <summary>Members every generated entity type has; an entry or field must not take their names.</summary>
    private static readonly string[] s_entityMembers = ["All", "Get", "TryGet", "Id", "Evidence", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize", "EqualityContract", "Deconstruct", "PrintMembers"];
    private static readonly string[] s_valueMembers = ["Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize", "EqualityContract", "Deconstruct", "PrintMembers"];
    private static readonly string[] s_catalogMembers = ["EvidenceFor", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals"];
    /// <summary>The fields of the built-in <c>FactSource</c> kind.</summary>
    public static readonly EquatableArray<FieldModel> SourceFields = new(
    [
        new("Title", "title", TypeModel.Of(ScalarKind.String), "The title of the source."),
        new("Published", "published", TypeModel.Of(ScalarKind.Date) with { IsNullable = true }, "The date the source was published, when known."),
        new("Url", "url", TypeModel.Of(ScalarKind.Url) with { IsNullable = true }, "Where the source can be read, when known."),
        new("File", "file", TypeModel.Of(ScalarKind.String) with { IsNullable = true }, "The file holding the source's text, relative to the fact file that declares it."),
    ]);

    private readonly List<DiagnosticInfo> _diagnostics = [];
    private readonly List<GeneratedType> _types = [];
    private readonly List<SourceFile> _sourceFiles = [];
    private readonly List<QuoteCheck> _quotes = [];
    private readonly bool _requireEvidence;
    private readonly string _projectDirectory;
    private readonly CancellationToken _cancellationToken;

    private FactBinder(bool requireEvidence, string projectDirectory, CancellationToken cancellationToken)
    {
        _requireEvidence = requireEvidence;
        _projectDirectory = PathNormalizer.Normalize(projectDirectory).TrimEnd('/');
        _cancellationToken = cancellationToken;
    }

    public static BindResult Bind(IReadOnlyList<FactDocument> documents, Pipeline.GeneratorOptions options, CancellationToken cancellationToken)
    {
        var binder = new FactBinder(options.RequireEvidence, options.ProjectDirectory, cancellationToken);
        // A file listed twice (say once by the package's defaults and once by the project, in
        // another spelling of its path) is one file.
        var ordered = documents
            .GroupBy(d => PathNormalizer.Normalize(d.FilePath), StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ToList();
        foreach (var document in ordered)
        {
            binder._diagnostics.AddRange(document.Diagnostics);
        }

        // A file without 'namespace' takes TypedFactsNamespace, or RootNamespace when that is not valid.
        var defaultNamespace = new[] { options.Namespace, options.RootNamespace }.FirstOrDefault(IsValidNamespace) ?? string.Empty;
        var byNamespace = new Dictionary<string, List<FactDocument>>(StringComparer.Ordinal);
        var namespaceOrder = new List<string>();
        foreach (var document in ordered)
        {
            var name = binder.NamespaceOf(document, defaultNamespace);
            if (!byNamespace.TryGetValue(name, out var group))
            {
                byNamespace[name] = group = [];
                namespaceOrder.Add(name);
            }

            group.Add(document);
        }

        foreach (var name in namespaceOrder)
        {
            new NamespaceBinder(binder, name, byNamespace[name]).Bind();
        }

        return new BindResult(
            binder.DistinctHintNames().ToEquatableArray(),
            binder._diagnostics.ToEquatableArray(),
            binder._sourceFiles.ToEquatableArray(),
            binder._quotes.ToEquatableArray());
    }

    /// <summary>
    /// A duplicate hint name makes AddSource throw (CS8785) and would hide every fact; name
    /// checks should have made one impossible, so if one slips through it is reported as an
    /// internal error and the later type is dropped.
    /// </summary>
    private List<GeneratedType> DistinctHintNames()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var distinct = new List<GeneratedType>(_types.Count);
        foreach (var type in _types)
        {
            if (seen.Add(type.HintName))
            {
                distinct.Add(type);
            }
            else
            {
                _diagnostics.Add(DiagnosticInfo.Create(FactDiagnostics.InternalError, LocationInfo.FileStart(string.Empty), type.HintName, "two generated types have the same file name"));
            }
        }

        return distinct;
    }

    /// <summary>A path as an MSBuild item in the project would name it: relative to the project folder where it can be.</summary>
    private string ProjectRelative(string fullPath)
        => _projectDirectory.Length > 0 && fullPath.StartsWith(_projectDirectory + "/", StringComparison.Ordinal)
            ? fullPath.Substring(_projectDirectory.Length + 1)
            : fullPath;

    private string NamespaceOf(FactDocument document, string defaultNamespace)
    {
        if (document.Namespace is { } node)
        {
            if (IsValidNamespace(node.Value))
            {
                return node.Value;
            }

            Report(FactDiagnostics.InvalidIdentifier, document, node, node.Value, "a namespace is one or more C# identifiers separated by dots, such as 'SpaceFilm.Facts'");
        }

        return defaultNamespace;
    }

    private static bool IsValidNamespace(string name)
        => name.Length > 0 && name.Split('.').All(part => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part)
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None);

    private void Report(DiagnosticDescriptor descriptor, FactDocument document, FactNode node, params string[] arguments)
    {
        if (!node.IsPoisoned)
        {
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, node.Span.In(document.FilePath), arguments));
        }
    }

    private static string Line(FactNode node) => (node.Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Binds the fact files of one namespace.</summary>
    private sealed class NamespaceBinder(FactBinder binder, string ns, List<FactDocument> documents)
    {
        private readonly Dictionary<string, BoundSource> _sources = new(StringComparer.Ordinal);
        private readonly List<BoundSource> _sourceList = [];
        private readonly Dictionary<string, BoundEnum> _enums = new(StringComparer.Ordinal);
        private readonly List<BoundEnum> _enumList = [];
        private readonly Dictionary<string, BoundKind> _kinds = new(StringComparer.Ordinal);
        private readonly List<BoundKind> _kindList = [];

        // By C# name, for the types of bound fields (filled once the names are claimed).
        private readonly Dictionary<string, BoundKind> _kindsByName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, BoundEnum> _enumsByName = new(StringComparer.Ordinal);
        private Dictionary<string, int>? _sourceIndexById;

        /// <summary>
        /// C# type names taken in this namespace, with the node that took them. Compared ignoring
        /// case: each type is a file (hint name), and hint names and file systems ignore case.
        /// </summary>
        private readonly Dictionary<string, (FactDocument Document, FactNode Node)> _typeNames = new(StringComparer.OrdinalIgnoreCase);

        public void Bind()
        {
            foreach (var document in documents)
            {
                foreach (var source in document.Sources)
                {
                    AddSource(document, source);
                }

                foreach (var declaration in document.Enums)
                {
                    AddEnum(document, declaration);
                }

                foreach (var declaration in document.Kinds)
                {
                    AddKind(document, declaration);
                }
            }

            foreach (var kind in _kindList.ToList())
            {
                kind.IsEntity = kind.Entries is not null;
                if (!ClaimTypeName(kind.Document, kind.NameNode, kind.Name, "a record kind"))
                {
                    // Reported; generating it would clash with the other type. Fields that use it
                    // get TF2001 rather than code that points at the wrong type.
                    _kindList.Remove(kind);
                    _kinds.Remove(kind.YamlName);
                    continue;
                }

                IndexEntries(kind);
                _kindsByName[kind.Name] = kind;
            }

            foreach (var kind in _kindList.ToList())
            {
                ResolveFields(kind);
            }

            var sourceKind = BindSources();
            var kindModels = new Dictionary<BoundKind, KindModel>();
            foreach (var kind in _kindList)
            {
                kindModels[kind] = BindKind(kind);
            }

            foreach (var kind in _kindList)
            {
                binder._types.Add(new GeneratedType(ns, kind.Name, GeneratedTypeKind.Kind, kindModels[kind], null, null, ValueKindsUsedBy(kind.Fields, kindModels)));
            }

            foreach (var boundEnum in _enumList)
            {
                binder._types.Add(new GeneratedType(ns, boundEnum.Name, GeneratedTypeKind.Enum, null, boundEnum.Model, null, EquatableArray<KindModel>.Empty));
            }

            var hasConstants = BindCatalogs(kindModels);
            if (_kindList.Count > 0 || _enumList.Count > 0 || _sourceList.Count > 0 || hasConstants)
            {
                // Every entity's Evidence needs these two; a namespace with nothing in it gets neither.
                binder._types.Add(new GeneratedType(ns, SourceKindName, GeneratedTypeKind.Kind, sourceKind, null, null, EquatableArray<KindModel>.Empty));
                binder._types.Add(new GeneratedType(ns, EvidenceKindName, GeneratedTypeKind.Evidence, null, null, null, EquatableArray<KindModel>.Empty));
            }
        }

        private bool ClaimTypeName(FactDocument document, FactNode node, string name, string what)
        {
            if (string.Equals(name, SourceKindName, StringComparison.OrdinalIgnoreCase) || string.Equals(name, EvidenceKindName, StringComparison.OrdinalIgnoreCase))
            {
                binder.Report(FactDiagnostics.ReservedName, document, node, ((FactScalar)node).Value, name, "is (but for case) the name of a type that TypedFacts generates in every namespace");
                return false;
            }

            if (_typeNames.TryGetValue(name, out var other))
            {
                binder.Report(FactDiagnostics.IdentifierCollision, document, node, ((FactScalar)node).Value, ((FactScalar)other.Node).Value, Line(other.Node), name);
                return false;
            }

            _typeNames[name] = (document, node);
            return true;
        }

        private void AddSource(FactDocument document, SourceDecl declaration)
        {
            var id = declaration.Id.Value;
            if (_sources.TryGetValue(id, out var existing))
            {
                var path = declaration.File is { } otherFile ? PathNormalizer.Resolve(document.FilePath, otherFile.Value) : null;
                if (!SameText(existing.Declaration.Title, declaration.Title) || existing.FullPath != path
                    || !SameText(existing.Declaration.Published, declaration.Published) || !SameText(existing.Declaration.Url, declaration.Url))
                {
                    binder.Report(FactDiagnostics.KindDeclaredDifferently, document, declaration.Id, "The source", id, existing.Document.FilePath, "another title, date, url or file (files are resolved from each fact file's folder)");
                }

                return;
            }

            var source = new BoundSource(document, declaration, _sourceList.Count);
            if (declaration.File is { } file)
            {
                source.FullPath = PathNormalizer.Resolve(document.FilePath, file.Value);
                binder._sourceFiles.Add(new SourceFile(id, source.FullPath, file.Value, binder.ProjectRelative(source.FullPath), file.Span.In(document.FilePath)));
            }

            _sources[id] = source;
            _sourceList.Add(source);
        }

        private static bool SameText(FactScalar? a, FactScalar? b) => a?.Value == b?.Value;

        private void AddEnum(FactDocument document, EnumDecl declaration)
        {
            var yamlName = declaration.Name.Value;
            if (_enums.TryGetValue(yamlName, out var existing))
            {
                var same = existing.Declaration.Members.Select(m => m.Name.Value).SequenceEqual(declaration.Members.Select(m => m.Name.Value), StringComparer.Ordinal);
                if (!same)
                {
                    binder.Report(FactDiagnostics.KindDeclaredDifferently, document, declaration.Name, "The enum", yamlName, existing.Document.FilePath, "other members");
                }

                return;
            }

            var name = Pascal(document, declaration.Name);
            if (name is null || !ClaimTypeName(document, declaration.Name, name, "an enum"))
            {
                return;
            }

            var members = new List<EnumMemberModel>();
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            var taken = new Dictionary<string, FactScalar>(StringComparer.Ordinal);
            foreach (var member in declaration.Members)
            {
                var memberName = Pascal(document, member.Name);
                if (memberName is null)
                {
                    continue;
                }

                if (memberName == name)
                {
                    binder.Report(FactDiagnostics.ReservedName, document, member.Name, member.Name.Value, memberName, "is the name of the enum itself");
                    continue;
                }

                if (taken.TryGetValue(memberName, out var other))
                {
                    binder.Report(FactDiagnostics.IdentifierCollision, document, member.Name, member.Name.Value, other.Value, Line(other), memberName);
                    continue;
                }

                taken[memberName] = member.Name;
                byName[member.Name.Value] = memberName;
                byName[memberName] = memberName;
                members.Add(new EnumMemberModel(memberName, member.Name.Value, member.Description));
            }

            var bound = new BoundEnum(document, declaration, name, byName, new EnumModel(name, declaration.Description, members.ToEquatableArray()));
            _enums[yamlName] = bound;
            _enumsByName[name] = bound;
            _enumList.Add(bound);
        }

        private void AddKind(FactDocument document, KindDecl declaration)
        {
            var yamlName = declaration.Name.Value;
            if (_kinds.TryGetValue(yamlName, out var existing))
            {
                // A kind split across files: the same fields (or none) and more entries.
                if (declaration.Fields is not null)
                {
                    if (existing.DeclaredFields is null)
                    {
                        // Fields declared in one file hold for the entries of every file.
                        existing.DeclaredFields = declaration.Fields;
                        existing.FieldsDocument = document;
                    }
                    else if (!SameFields(existing.DeclaredFields, declaration.Fields))
                    {
                        binder.Report(FactDiagnostics.KindDeclaredDifferently, document, declaration.Name, "The record kind", yamlName, existing.FieldsDocument!.FilePath, "other fields");
                        return;
                    }
                }

                existing.Description ??= declaration.Description;
                if (declaration.Entries is not null)
                {
                    existing.Entries ??= [];
                    existing.Entries.AddRange(declaration.Entries.Select(e => (document, e)));
                }

                return;
            }

            var name = Pascal(document, declaration.Name);
            if (name is null)
            {
                return;
            }

            var kind = new BoundKind(document, declaration.Name, name)
            {
                Description = declaration.Description,
                DeclaredFields = declaration.Fields,
                FieldsDocument = declaration.Fields is null ? null : document,
                Entries = declaration.Entries?.Select(e => (document, e)).ToList(),
            };
            _kinds[yamlName] = kind;
            _kindList.Add(kind);
        }

        private static bool SameFields(List<FieldDecl> a, List<FieldDecl> b)
            => a.Count == b.Count && a.Zip(b, (x, y) => x.Name.Value == y.Name.Value && x.Type.Value.Replace(" ", string.Empty) == y.Type.Value.Replace(" ", string.Empty)).All(same => same);

        private void IndexEntries(BoundKind kind)
        {
            if (kind.Entries is null)
            {
                return;
            }

            var first = new Dictionary<string, (FactDocument Document, FactScalar Id)>(StringComparer.Ordinal);
            var kept = new List<(FactDocument Document, EntryDecl Entry)>(kind.Entries.Count);
            foreach (var (document, entry) in kind.Entries)
            {
                if (first.TryGetValue(entry.Id.Value, out var other))
                {
                    binder.Report(FactDiagnostics.DuplicateId, document, entry.Id, kind.YamlName, entry.Id.Value, other.Document.FilePath, Line(other.Id));
                    continue;
                }

                first[entry.Id.Value] = (document, entry.Id);
                kind.IndexById[entry.Id.Value] = kept.Count;
                kept.Add((document, entry));
            }

            kind.Entries = kept;
        }

        private void ResolveFields(BoundKind kind)
        {
            if (kind.DeclaredFields is { } declared)
            {
                foreach (var field in declared)
                {
                    var type = ResolveType(kind.FieldsDocument!, field.Type);
                    AddField(kind, kind.FieldsDocument!, field.Name, type, field.Description);
                }
            }
            else if (kind.Entries is not null)
            {
                InferFields(kind);
            }

            if (kind.IsEntity && kind.Entries!.Count == 0 && kind.DeclaredFields is null)
            {
                binder.Report(FactDiagnostics.EmptySection, kind.Document, kind.NameNode, $"The record kind '{kind.YamlName}'", "give it entries, or declare its 'fields'");
            }
        }

        private void AddField(BoundKind kind, FactDocument document, FactScalar nameNode, TypeModel? type, string? description)
        {
            var propertyName = Pascal(document, nameNode);
            var field = new BoundField(nameNode.Value, propertyName ?? string.Empty, type, description);
            kind.Fields.Add(field);
            if (propertyName is null)
            {
                field.Type = null;
                return;
            }

            var reserved = kind.IsEntity ? s_entityMembers : s_valueMembers;
            if (propertyName == kind.Name || Array.IndexOf(reserved, propertyName) >= 0)
            {
                binder.Report(FactDiagnostics.ReservedName, document, nameNode, nameNode.Value, propertyName, propertyName == kind.Name ? "is the name of the kind itself" : "is a member every generated " + (kind.IsEntity ? "entity" : "value") + " type has");
                field.Type = null;
                return;
            }

            if (kind.FieldNodes.TryGetValue(propertyName, out var other))
            {
                binder.Report(FactDiagnostics.IdentifierCollision, document, nameNode, nameNode.Value, other.Value, Line(other), propertyName);
                field.Type = null;
                return;
            }

            kind.FieldNodes[propertyName] = nameNode;
        }

        private TypeModel? ResolveType(FactDocument document, FactScalar typeNode)
        {
            if (typeNode.IsPoisoned)
            {
                return null; // already reported
            }

            if (!FactTypes.TrySplitTypeName(typeNode.Value, out var name, out var isList, out var isNullable))
            {
                binder.Report(FactDiagnostics.UnknownType, document, typeNode, typeNode.Value, string.Empty);
                return null;
            }

            if (FactTypes.TryGetScalar(name, out var scalar))
            {
                return new TypeModel(TypeCategory.Scalar, scalar, string.Empty, isList, isNullable);
            }

            if (_enums.TryGetValue(name, out var boundEnum))
            {
                return new TypeModel(TypeCategory.Enum, ScalarKind.String, boundEnum.Name, isList, isNullable);
            }

            if (_kinds.TryGetValue(name, out var kind))
            {
                return new TypeModel(kind.IsEntity ? TypeCategory.Entity : TypeCategory.Value, ScalarKind.String, kind.Name, isList, isNullable);
            }

            if (name == SourceKindName)
            {
                return new TypeModel(TypeCategory.Entity, ScalarKind.String, SourceKindName, isList, isNullable);
            }

            var candidates = FactTypes.BuiltInNames.Concat(_enums.Keys).Concat(_kinds.Keys);
            binder.Report(FactDiagnostics.UnknownType, document, typeNode, typeNode.Value, Identifiers.DidYouMean(name, candidates));
            return null;
        }

        private void InferFields(BoundKind kind)
        {
            var root = new Shape();
            foreach (var (document, entry) in kind.Entries!)
            {
                foreach (var pair in entry.Values.Entries)
                {
                    if (pair.Key.Value.StartsWith("$", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var field = root.FieldNamed(pair.Key.Value);
                    field.Count++;
                    if (field.Shape.Merge(pair.Value, document) is { } conflict)
                    {
                        ReportConflict(document, (FactDocument)conflict.FirstOrigin!, kind.YamlName, pair.Key.Value, conflict);
                    }
                }
            }

            var total = kind.Entries.Count;
            foreach (var field in root.Fields)
            {
                var nameNode = FindKey(kind, field.Name);
                var type = Materialize(kind.Document, kind.Name, field, total, nameNode);
                AddField(kind, kind.Document, nameNode, type, null);
            }
        }

        private static FactScalar FindKey(BoundKind kind, string name)
        {
            foreach (var (_, entry) in kind.Entries!)
            {
                foreach (var pair in entry.Values.Entries)
                {
                    if (pair.Key.Value == name)
                    {
                        return pair.Key;
                    }
                }
            }

            throw new InvalidOperationException("An inferred field has no key.");
        }

        /// <summary>Located on the second value, with the first as an additional location: both places show in the IDE.</summary>
        private void ReportConflict(FactDocument document, FactDocument firstDocument, string kindName, string fieldName, ShapeConflict conflict)
        {
            if (conflict.Here.IsPoisoned)
            {
                return;
            }

            var diagnostic = DiagnosticInfo.Create(FactDiagnostics.InferenceConflict, conflict.Here.Span.In(document.FilePath), fieldName, kindName, conflict.HereDescription, conflict.FirstDescription, Line(conflict.First))
                with { AdditionalLocations = new EquatableArray<LocationInfo>([conflict.First.Span.In(firstDocument.FilePath)]) };
            binder._diagnostics.Add(diagnostic);
        }

        /// <summary>Turns an inferred shape into a type; a mapping becomes a value kind named {Kind}{Field}.</summary>
        private TypeModel? Materialize(FactDocument document, string ownerName, ShapeField field, int total, FactScalar nameNode)
        {
            var shape = field.Shape;
            if (shape.Conflicted)
            {
                return null;
            }

            var nullable = shape.SawNull || field.Count < total;
            if (shape.Kind != ShapeKind.List)
            {
                return TypeOf(shape, isList: false, isNullable: nullable || shape.Kind == ShapeKind.Unknown);
            }

            var element = shape.Element!;
            if (element.Conflicted)
            {
                return null;
            }

            if (element.Kind == ShapeKind.List)
            {
                binder.Report(FactDiagnostics.NotInferable, document, nameNode, field.Name, "a sequence of sequences", "declare the kind's 'fields'");
                return null;
            }

            return TypeOf(element, isList: true, isNullable: nullable);

            // Only nulls (or empty lists) seen: a string is the least surprising type.
            TypeModel? TypeOf(Shape of, bool isList, bool isNullable) => of.Kind switch
            {
                ShapeKind.Scalar => new TypeModel(TypeCategory.Scalar, of.Scalar, string.Empty, isList, isNullable),
                ShapeKind.Object => InferValueKind(document, ownerName, field.Name, of, nameNode) is { } valueKind
                    ? new TypeModel(TypeCategory.Value, ScalarKind.String, valueKind.Name, isList, isNullable)
                    : null,
                _ => new TypeModel(TypeCategory.Scalar, ScalarKind.String, string.Empty, isList, isNullable),
            };
        }

        private BoundKind? InferValueKind(FactDocument document, string ownerName, string fieldName, Shape objectShape, FactScalar nameNode)
        {
            var name = ownerName + (Identifiers.ToPascalCase(fieldName) ?? string.Empty);
            if (!ClaimTypeName(document, nameNode, name, "an inferred value kind"))
            {
                return null;
            }

            var valueKind = new BoundKind(document, nameNode, name) { IsEntity = false };
            foreach (var inner in objectShape.Fields)
            {
                var type = Materialize(document, name, inner, objectShape.ObjectCount, nameNode);
                AddField(valueKind, document, new FactScalar(nameNode.Span, inner.Name, true), type, null);
            }

            _kinds["\0" + name] = valueKind; // inferred kinds cannot be named in a type expression
            _kindList.Add(valueKind);
            _kindsByName[name] = valueKind;
            return valueKind;
        }

        private KindModel BindSources()
        {
            var entries = new List<EntryModel>(_sourceList.Count);
            var names = new Dictionary<string, FactScalar>(StringComparer.Ordinal);
            var reserved = s_entityMembers.Concat(SourceFields.Select(f => f.PropertyName)).Concat([SourceKindName]).ToArray();
            foreach (var source in _sourceList)
            {
                var declaration = source.Declaration;
                var document = source.Document;
                var propertyName = EntryPropertyName(document, declaration.Id, names, reserved, "the generated FactSource type");
                if (declaration.Title is null)
                {
                    binder.Report(FactDiagnostics.MissingField, document, declaration.Id, "source", declaration.Id.Value, "title", "string", "add 'title:' with the title of the source");
                }

                var values = new[]
                {
                    declaration.Title is { } title ? Scalar(title.Value, title.Value) : Scalar(declaration.Id.Value, declaration.Id.Value),
                    declaration.Published is { } published ? ConvertScalar(document, published, ScalarKind.Date, "published") ?? ValueModel.Null : ValueModel.Null,
                    declaration.Url is { } url ? ConvertScalar(document, url, ScalarKind.Url, "url") ?? ValueModel.Null : ValueModel.Null,
                    declaration.File is { } file ? Scalar(file.Value, file.Value) : ValueModel.Null,
                };
                entries.Add(new EntryModel(declaration.Id.Value, propertyName ?? string.Empty, new EquatableArray<ValueModel>(values), EquatableArray<EvidenceModel>.Empty));
            }

            return new KindModel(SourceKindName, "A source the facts of this namespace are distilled from.", IsEntity: true, SourceFields, entries.ToEquatableArray());
        }

        private static ValueModel Scalar(string text, string display) => new(ValueKind.Scalar, text, display, EquatableArray<ValueModel>.Empty);

        /// <summary>The static property name of an entry, or null (with a diagnostic) when it cannot have one.</summary>
        private string? EntryPropertyName(FactDocument document, FactScalar id, Dictionary<string, FactScalar> taken, string[] reserved, string owner)
        {
            var propertyName = Pascal(document, id);
            if (propertyName is null)
            {
                return null;
            }

            if (Array.IndexOf(reserved, propertyName) >= 0)
            {
                binder.Report(FactDiagnostics.ReservedName, document, id, id.Value, propertyName, "is already a member of " + owner);
                return null;
            }

            if (taken.TryGetValue(propertyName, out var other))
            {
                binder.Report(FactDiagnostics.IdentifierCollision, document, id, id.Value, other.Value, Line(other), propertyName);
                return null;
            }

            taken[propertyName] = id;
            return propertyName;
        }

        private KindModel BindKind(BoundKind kind)
        {
            var fields = kind.Fields.Where(f => f.Type is not null).Select(f => new FieldModel(f.PropertyName, f.YamlName, f.Type!, f.Description)).ToEquatableArray();
            if (!kind.IsEntity)
            {
                return new KindModel(kind.Name, kind.Description, IsEntity: false, fields, EquatableArray<EntryModel>.Empty);
            }

            var reserved = s_entityMembers.Concat(kind.Fields.Select(f => f.PropertyName)).Concat([kind.Name]).ToArray();
            var names = new Dictionary<string, FactScalar>(StringComparer.Ordinal);
            var entries = new List<EntryModel>(kind.Entries!.Count);

            // Message parts, made once per kind rather than once per entry.
            var owner = $"the generated {kind.Name} type";
            var entryOf = $"{kind.YamlName} entry";
            var theEntryOf = $"The {kind.YamlName} entry";
            foreach (var (document, entry) in kind.Entries)
            {
                if ((entries.Count & 0xFF) == 0)
                {
                    binder._cancellationToken.ThrowIfCancellationRequested();
                }

                var propertyName = entries.Count < MaxEntryProperties ? EntryPropertyName(document, entry.Id, names, reserved, owner) : null;
                var values = ConvertObject(document, kind, entry.Values, entry.Id, entryOf, isEntry: true);
                var evidence = BindEvidence(document, entry.Evidence, kind, theEntryOf, entry.Id);
                entries.Add(new EntryModel(entry.Id.Value, propertyName ?? string.Empty, values, evidence));
            }

            if (entries.Count > MaxEntryProperties)
            {
                var count = entries.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
                binder.Report(FactDiagnostics.TooManyEntryProperties, kind.Document, kind.NameNode, kind.YamlName, count, MaxEntryProperties.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), kind.Name);
            }

            return new KindModel(kind.Name, kind.Description, IsEntity: true, fields, entries.ToEquatableArray());
        }

        /// <summary>Converts a mapping to the values of a kind's fields, in field order.</summary>
        private EquatableArray<ValueModel> ConvertObject(FactDocument document, BoundKind kind, FactMapping mapping, FactScalar owner, string ownerDescription, bool isEntry)
        {
            var layout = kind.Layout;
            var values = new ValueModel[layout.TypedFieldCount];
            var seen = new bool[kind.Fields.Count];
            foreach (var pair in mapping.Entries)
            {
                if (pair.Key.Value.StartsWith("$", StringComparison.Ordinal))
                {
                    if (!isEntry)
                    {
                        // Entries' '$' keys are checked by the parser; an inline value has none.
                        binder.Report(FactDiagnostics.UnknownReservedKey, document, pair.Key, pair.Key.Value, "; an inline value has no '$' keys, its evidence belongs to the entry");
                    }

                    continue;
                }

                if (!layout.FieldIndex.TryGetValue(pair.Key.Value, out var index))
                {
                    binder.Report(FactDiagnostics.UnknownField, document, pair.Key, pair.Key.Value, kind.YamlName, Identifiers.List(kind.Fields.Select(f => f.YamlName)), Identifiers.DidYouMean(pair.Key.Value, kind.Fields.Select(f => f.YamlName)));
                    continue;
                }

                seen[index] = true;
                var field = kind.Fields[index];
                if (field.Type is null)
                {
                    continue;
                }

                values[layout.ValueIndex[index]] = Convert(document, pair.Value, field.Type, field.YamlName) ?? ValueModel.Null;
            }

            for (var i = 0; i < kind.Fields.Count; i++)
            {
                var field = kind.Fields[i];
                if (field.Type is null || seen[i])
                {
                    continue;
                }

                if (!field.Type.IsNullable)
                {
                    binder.Report(FactDiagnostics.MissingField, document, owner, ownerDescription, owner.Value, field.YamlName, TypeText(field.Type), $"add it, or declare the field as '{TypeText(field.Type)}?'");
                }

                values[layout.ValueIndex[i]] = ValueModel.Null;
            }

            return new EquatableArray<ValueModel>(values);
        }

        private Dictionary<string, int> SourceIndexById => _sourceIndexById ??= _sourceList.ToDictionary(s => s.Declaration.Id.Value, s => s.Index, StringComparer.Ordinal);

        private static string TypeText(TypeModel type)
        {
            var name = type.Category == TypeCategory.Scalar ? FactTypes.NameOf(type.Scalar) : type.TypeName;
            return name + (type.IsList ? "[]" : string.Empty);
        }

        /// <summary>Converts one YAML value to a field's type; null after reporting when it does not fit.</summary>
        private ValueModel? Convert(FactDocument document, FactNode node, TypeModel type, string fieldName)
        {
            if (node.IsPoisoned)
            {
                return null;
            }

            if (node is FactScalar { IsNull: true })
            {
                if (!type.IsNullable)
                {
                    binder.Report(FactDiagnostics.NullNotAllowed, document, node, fieldName, TypeText(type), $"give a value or declare it as '{TypeText(type)}?'");
                }

                return ValueModel.Null;
            }

            if (type.IsList)
            {
                if (node is not FactSequence sequence)
                {
                    binder.Report(FactDiagnostics.WrongNodeKind, document, node, "a sequence (" + TypeText(type) + ")", $"'{fieldName}'", node.KindName);
                    return null;
                }

                var element = type.Element;
                var items = new List<ValueModel>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is FactScalar { IsNull: true })
                    {
                        binder.Report(FactDiagnostics.NullNotAllowed, document, item, "an item of '" + fieldName + "'", TypeText(element), "remove the null item: list items cannot be null");
                        continue;
                    }

                    if (Convert(document, item, element, fieldName) is { } value)
                    {
                        items.Add(value);
                    }
                }

                return new ValueModel(ValueKind.List, string.Empty, string.Empty, items.ToEquatableArray());
            }

            switch (type.Category)
            {
                case TypeCategory.Scalar:
                    return ConvertScalar(document, node, type.Scalar, fieldName);

                case TypeCategory.Enum:
                    {
                        var boundEnum = _enumsByName[type.TypeName];
                        if (node is not FactScalar scalar)
                        {
                            binder.Report(FactDiagnostics.WrongNodeKind, document, node, "a member of " + boundEnum.Name, $"'{fieldName}'", node.KindName);
                            return null;
                        }

                        if (!boundEnum.MemberByName.TryGetValue(scalar.Value, out var member))
                        {
                            binder.Report(FactDiagnostics.UnknownEnumMember, document, node, scalar.Value, boundEnum.Declaration.Name.Value, Identifiers.List(boundEnum.Declaration.Members.Select(m => m.Name.Value)), Identifiers.DidYouMean(scalar.Value, boundEnum.Declaration.Members.Select(m => m.Name.Value)));
                            return null;
                        }

                        return new ValueModel(ValueKind.EnumMember, member, member, EquatableArray<ValueModel>.Empty);
                    }

                case TypeCategory.Entity:
                    {
                        if (node is not FactScalar scalar)
                        {
                            binder.Report(FactDiagnostics.WrongNodeKind, document, node, "the id of a " + type.TypeName + " entry", $"'{fieldName}'", node.KindName);
                            return null;
                        }

                        var ids = type.TypeName == SourceKindName ? SourceIndexById : _kindsByName[type.TypeName].IndexById;
                        if (!ids.TryGetValue(scalar.Value, out var index))
                        {
                            binder.Report(FactDiagnostics.UnknownReference, document, node, type.TypeName, scalar.Value, Identifiers.DidYouMean(scalar.Value, ids.Keys));
                            return null;
                        }

                        return new ValueModel(ValueKind.Reference, index.ToString(System.Globalization.CultureInfo.InvariantCulture), scalar.Value, EquatableArray<ValueModel>.Empty);
                    }

                default:
                    {
                        var valueKind = _kindsByName[type.TypeName];
                        if (node is not FactMapping mapping)
                        {
                            binder.Report(FactDiagnostics.WrongNodeKind, document, node, "a mapping of the fields of " + valueKind.Name, $"'{fieldName}'", node.KindName);
                            return null;
                        }

                        var owner = new FactScalar(mapping.Span, fieldName, true);
                        return new ValueModel(ValueKind.Object, valueKind.Name, string.Empty, ConvertObject(document, valueKind, mapping, owner, $"{valueKind.YamlName} value of", isEntry: false));
                    }
            }
        }

        private ValueModel? ConvertScalar(FactDocument document, FactNode node, ScalarKind kind, string fieldName)
        {
            if (node is not FactScalar scalar)
            {
                binder.Report(FactDiagnostics.WrongNodeKind, document, node, FactTypes.Describe(kind), $"'{fieldName}'", node.KindName);
                return null;
            }

            var result = FactTypes.Convert(kind, scalar.Value, scalar.IsPlain);
            if (result.Success)
            {
                return Scalar(result.Canonical, scalar.Value);
            }

            switch (result.ErrorId)
            {
                case "TF2003":
                    binder.Report(FactDiagnostics.DateTimeWithoutOffset, document, node, scalar.Value);
                    break;
                case "TF2004":
                    binder.Report(FactDiagnostics.DurationNotFixed, document, node, scalar.Value, result.Detail);
                    break;
                case "TF2005":
                    binder.Report(FactDiagnostics.NumberOutOfRange, document, node, scalar.Value, FactTypes.NameOf(kind), result.Detail);
                    break;
                default:
                    binder.Report(FactDiagnostics.ValueNotOfType, document, node, FactTypes.Describe(kind), fieldName, scalar.Value, result.Detail);
                    break;
            }

            return null;
        }

        private EquatableArray<EvidenceModel> BindEvidence(FactDocument document, FactNode? node, BoundKind? kind, string ownerDescription, FactScalar owner)
        {
            if (node is null || node is FactScalar { IsNull: true })
            {
                if (binder._requireEvidence)
                {
                    binder.Report(FactDiagnostics.MissingEvidence, document, owner, ownerDescription, owner.Value);
                }

                return EquatableArray<EvidenceModel>.Empty;
            }

            if (node is not FactSequence sequence)
            {
                binder.Report(FactDiagnostics.WrongNodeKind, document, node, "a sequence of evidence items", "'$evidence'", node.KindName);
                return EquatableArray<EvidenceModel>.Empty;
            }

            if (sequence.Items.Count == 0 && binder._requireEvidence)
            {
                binder.Report(FactDiagnostics.MissingEvidence, document, owner, ownerDescription, owner.Value);
            }

            var items = new List<EvidenceModel>(sequence.Items.Count);
            foreach (var item in sequence.Items)
            {
                if (BindEvidenceItem(document, item, kind) is { } evidence)
                {
                    items.Add(evidence);
                }
            }

            return items.ToEquatableArray();
        }

        private EvidenceModel? BindEvidenceItem(FactDocument document, FactNode item, BoundKind? kind)
        {
            if (item is not FactMapping mapping || mapping.Entries.Count == 0)
            {
                if (!item.IsPoisoned)
                {
                    binder.Report(FactDiagnostics.MalformedEvidence, document, item, "found " + item.KindName);
                }

                return null;
            }

            FactScalar? sourceNode;
            FactNode? quoteNode;
            FactNode? fieldsNode = null;
            string? note = null;
            if (mapping["source"] is not null || mapping["quote"] is not null)
            {
                sourceNode = mapping["source"] as FactScalar;
                quoteNode = mapping["quote"];
                fieldsNode = mapping["fields"];
                foreach (var pair in mapping.Entries)
                {
                    if (pair.Key.Value is not ("source" or "quote" or "fields" or "note"))
                    {
                        binder.Report(FactDiagnostics.UnknownKey, document, pair.Key, pair.Key.Value, "an evidence item", Identifiers.List(["source", "quote", "fields", "note"]), Identifiers.DidYouMean(pair.Key.Value, ["source", "quote", "fields", "note"]));
                    }
                    else if (pair.Key.Value == "note")
                    {
                        if (pair.Value is FactScalar noteScalar)
                        {
                            note = noteScalar.IsNull ? null : noteScalar.Value;
                        }
                        else
                        {
                            binder.Report(FactDiagnostics.WrongNodeKind, document, pair.Value, "a single text", "the 'note' of an evidence item", pair.Value.KindName);
                        }
                    }
                }

                if (sourceNode is null || sourceNode.IsNull || quoteNode is null)
                {
                    binder.Report(FactDiagnostics.MalformedEvidence, document, item, "the long form needs both 'source' and 'quote'");
                    return null;
                }
            }
            else if (mapping.Entries.Count == 1)
            {
                sourceNode = mapping.Entries[0].Key;
                quoteNode = mapping.Entries[0].Value;
            }
            else
            {
                binder.Report(FactDiagnostics.MalformedEvidence, document, item, "the short form has exactly one 'SourceId: quote' pair");
                return null;
            }

            if (quoteNode is not FactScalar quote || quote.IsNull)
            {
                if (quoteNode is FactScalar { IsNull: true })
                {
                    binder.Report(FactDiagnostics.EmptyQuote, document, quoteNode, sourceNode.Value);
                }
                else
                {
                    binder.Report(FactDiagnostics.MalformedEvidence, document, quoteNode, "a quote is a single string, but found " + quoteNode.KindName);
                }

                return null;
            }

            if (!_sources.TryGetValue(sourceNode.Value, out var source))
            {
                binder.Report(FactDiagnostics.UnknownSource, document, sourceNode, sourceNode.Value, Identifiers.List(_sources.Keys), Identifiers.DidYouMean(sourceNode.Value, _sources.Keys));
                return null;
            }

            if (quote.Value.Trim().Length == 0)
            {
                binder.Report(FactDiagnostics.EmptyQuote, document, quote, sourceNode.Value);
                return null;
            }

            var fields = new List<string>();
            if (fieldsNode is FactSequence fieldList)
            {
                foreach (var fieldItem in fieldList.Items)
                {
                    if (fieldItem is not FactScalar { IsNull: false } fieldName)
                    {
                        binder.Report(FactDiagnostics.WrongNodeKind, document, fieldItem, "a field name", "the 'fields' of an evidence item", fieldItem.KindName);
                        continue;
                    }

                    var known = kind?.Fields.Select(f => f.YamlName) ?? [];
                    if (kind is null || !kind.Fields.Any(f => f.YamlName == fieldName.Value))
                    {
                        binder.Report(FactDiagnostics.UnknownEvidenceField, document, fieldName, fieldName.Value, kind?.YamlName ?? "a constant", Identifiers.List(known), Identifiers.DidYouMean(fieldName.Value, known));
                        continue;
                    }

                    fields.Add(fieldName.Value);
                }
            }
            else if (fieldsNode is not null and not FactScalar { IsNull: true })
            {
                binder.Report(FactDiagnostics.WrongNodeKind, document, fieldsNode, "a sequence of field names", "the 'fields' of an evidence item", fieldsNode.KindName);
            }

            if (source.FullPath is { } path)
            {
                binder._quotes.Add(new QuoteCheck(source.Declaration.Id.Value, path, quote.Value, quote.Span.In(document.FilePath)));
            }

            return new EvidenceModel(source.Index, source.Declaration.Id.Value, quote.Value, fields.ToEquatableArray(), note);
        }

        /// <summary>Binds the constants of every catalog; true when there is at least one catalog.</summary>
        private bool BindCatalogs(Dictionary<BoundKind, KindModel> kindModels)
        {
            var catalogs = new Dictionary<string, (FactDocument Document, List<ConstantModel> Constants, Dictionary<string, FactScalar> Names, string? Description)>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var document in documents)
            {
                if (document.Constants.Count == 0)
                {
                    continue;
                }

                var catalogName = document.CatalogNode is { } catalogNode ? Pascal(document, catalogNode) : document.Catalog;
                if (catalogName is null)
                {
                    continue;
                }

                if (!catalogs.TryGetValue(catalogName, out var catalog))
                {
                    if (document.CatalogNode is { } node && !ClaimTypeName(document, node, catalogName, "a catalog"))
                    {
                        continue;
                    }

                    if (document.CatalogNode is null && _typeNames.ContainsKey(catalogName))
                    {
                        binder.Report(FactDiagnostics.ReservedName, document, document.Constants[0].Name, Path(document), catalogName, "is already a type of this namespace; set another name with 'catalog:'. Or");
                        continue;
                    }

                    _typeNames[catalogName] = (document, document.CatalogNode ?? document.Constants[0].Name);
                    catalogs[catalogName] = catalog = (document, [], new Dictionary<string, FactScalar>(StringComparer.Ordinal), document.Description);
                    order.Add(catalogName);
                }

                foreach (var constant in document.Constants)
                {
                    if (BindConstant(document, constant, catalogName, catalog.Names) is { } model)
                    {
                        catalog.Constants.Add(model);
                    }
                }
            }

            foreach (var name in order)
            {
                var catalog = catalogs[name];
                var model = new CatalogModel(name, catalog.Description, catalog.Constants.ToEquatableArray());
                var valueKinds = CollectValueKinds(catalog.Constants.Select(c => c.Type), kindModels);
                binder._types.Add(new GeneratedType(ns, name, GeneratedTypeKind.Catalog, null, null, model, valueKinds));
            }

            return order.Count > 0;
        }

        private static string Path(FactDocument document) => System.IO.Path.GetFileName(document.FilePath);

        private ConstantModel? BindConstant(FactDocument document, ConstantDecl constant, string catalogName, Dictionary<string, FactScalar> names)
        {
            var name = Pascal(document, constant.Name);
            TypeModel? type;
            if (constant.Type is { } typeNode)
            {
                type = ResolveType(document, typeNode);
            }
            else
            {
                var shape = new Shape();
                shape.Merge(constant.Value, document);
                type = shape.Kind switch
                {
                    ShapeKind.Scalar => TypeModel.Of(shape.Scalar),
                    ShapeKind.List when shape.Element!.Kind == ShapeKind.Scalar => TypeModel.Of(shape.Element.Scalar) with { IsList = true },
                    ShapeKind.List when shape.Element!.Kind == ShapeKind.Unknown => TypeModel.Of(ScalarKind.String) with { IsList = true },
                    _ => null,
                };
                if (type is null && !constant.Value.IsPoisoned)
                {
                    binder.Report(FactDiagnostics.NotInferable, document, constant.Value, constant.Name.Value, constant.Value is FactScalar ? "null" : constant.Value is FactSequence ? "a sequence of mixed or nested values" : "a mapping", "give the constant a 'type'");
                }
            }

            var evidence = BindEvidence(document, constant.Evidence, null, "The constant", constant.Name);
            if (name is null || type is null)
            {
                return null;
            }

            if (name == catalogName || Array.IndexOf(s_catalogMembers, name) >= 0)
            {
                binder.Report(FactDiagnostics.ReservedName, document, constant.Name, constant.Name.Value, name, name == catalogName ? "is the name of the catalog class itself" : "is a member of every catalog class");
                return null;
            }

            if (names.TryGetValue(name, out var other))
            {
                binder.Report(FactDiagnostics.IdentifierCollision, document, constant.Name, constant.Name.Value, other.Value, Line(other), name);
                return null;
            }

            names[name] = constant.Name;
            var value = Convert(document, constant.Value, type, constant.Name.Value);
            return value is null ? null : new ConstantModel(name, constant.Name.Value, type, value, constant.Description, evidence);
        }

        private string? Pascal(FactDocument document, FactScalar node)
        {
            var name = Identifiers.ToPascalCase(node.Value);
            if (name is null)
            {
                binder.Report(FactDiagnostics.InvalidIdentifier, document, node, node.Value, Identifiers.WhyInvalid(node.Value));
            }

            return name;
        }

        private EquatableArray<KindModel> ValueKindsUsedBy(List<BoundField> fields, Dictionary<BoundKind, KindModel> kindModels)
            => CollectValueKinds(fields.Where(f => f.Type is not null).Select(f => f.Type!), kindModels);

        /// <summary>The value kinds that values of these types construct, transitively, in a stable order.</summary>
        private EquatableArray<KindModel> CollectValueKinds(IEnumerable<TypeModel> types, Dictionary<BoundKind, KindModel> kindModels)
        {
            var result = new List<KindModel>();
            var pending = new Queue<TypeModel>(types);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (pending.Count > 0)
            {
                var type = pending.Dequeue();
                if (type.Category != TypeCategory.Value || !seen.Add(type.TypeName))
                {
                    continue;
                }

                var kind = _kindsByName[type.TypeName];
                var model = kindModels[kind];
                result.Add(model);
                foreach (var field in model.Fields)
                {
                    pending.Enqueue(field.Type);
                }
            }

            return result.OrderBy(k => k.Name, StringComparer.Ordinal).ToEquatableArray();
        }
    }

    private sealed class BoundSource(FactDocument document, SourceDecl declaration, int index)
    {
        public FactDocument Document { get; } = document;

        public SourceDecl Declaration { get; } = declaration;

        public int Index { get; } = index;

        public string? FullPath { get; set; }
    }

    private sealed class BoundEnum(FactDocument document, EnumDecl declaration, string name, Dictionary<string, string> memberByName, EnumModel model)
    {
        public FactDocument Document { get; } = document;

        public EnumDecl Declaration { get; } = declaration;

        public string Name { get; } = name;

        /// <summary>Member C# names by their YAML name and by their C# name.</summary>
        public Dictionary<string, string> MemberByName { get; } = memberByName;

        public EnumModel Model { get; } = model;
    }

    private sealed class BoundKind(FactDocument document, FactScalar nameNode, string name)
    {
        public FactDocument Document { get; } = document;

        public FactScalar NameNode { get; } = nameNode;

        public string YamlName => NameNode.Value;

        public string Name { get; } = name;

        public string? Description { get; set; }

        public bool IsEntity { get; set; }

        public List<FieldDecl>? DeclaredFields { get; set; }

        public FactDocument? FieldsDocument { get; set; }

        public List<(FactDocument Document, EntryDecl Entry)>? Entries { get; set; }

        public Dictionary<string, int> IndexById { get; } = new(StringComparer.Ordinal);

        public List<BoundField> Fields { get; } = [];

        public Dictionary<string, FactScalar> FieldNodes { get; } = new(StringComparer.Ordinal);

        /// <summary>Where each field's value goes, computed once the fields are known (values are converted per entry).</summary>
        public FieldLayout Layout => _layout ??= new FieldLayout(Fields);

        private FieldLayout? _layout;
    }

    private sealed class FieldLayout
    {
        public FieldLayout(List<BoundField> fields)
        {
            FieldIndex = new Dictionary<string, int>(fields.Count, StringComparer.Ordinal);
            ValueIndex = new int[fields.Count];
            for (var i = 0; i < fields.Count; i++)
            {
                FieldIndex[fields[i].YamlName] = i;
                ValueIndex[i] = TypedFieldCount;
                if (fields[i].Type is not null)
                {
                    TypedFieldCount++;
                }
            }
        }

        /// <summary>Field index by YAML name.</summary>
        public Dictionary<string, int> FieldIndex { get; }

        /// <summary>For each field, its index among the fields that are generated (those with a valid type).</summary>
        public int[] ValueIndex { get; }

        public int TypedFieldCount { get; }
    }

    private sealed class BoundField(string yamlName, string propertyName, TypeModel? type, string? description)
    {
        public string YamlName { get; } = yamlName;

        public string PropertyName { get; } = propertyName;

        /// <summary>Null when the field's type or name is in error: its values are skipped and it is not generated.</summary>
        public TypeModel? Type { get; set; } = type;

        public string? Description { get; } = description;
    }
}
