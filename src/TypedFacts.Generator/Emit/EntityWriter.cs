using System;
using System.Globalization;
using System.Threading;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// Writes an entity kind (SPEC 3.2): the record with a property per field, a static property
/// per entry, <c>All</c>, <c>Get</c> and <c>TryGet</c>, and the runtime's metadata. The entries themselves are
/// data (<see cref="EntryData"/>): built when first read, their evidence read when first asked
/// for. An entry's references are kept as ids and looked up when read, so building one entry
/// never builds the entries it references, and cycles are harmless.
/// </summary>
internal sealed class EntityWriter(SourceWriter w, CSharpTypes types, CancellationToken cancellationToken)
{
    private readonly RecordMembers _members = new(w, types);

    public void Write(KindSpec kind)
    {
        var name = kind.Name;
        var self = types.Named(name);
        var q = types.Q;
        var data = new EntryData(types, kind.ValueKinds);
        var count = kind.Entries.Count.ToString(CultureInfo.InvariantCulture);
        var factData = CSharpTypes.Runtime("FactData");
        var evidence = CSharpTypes.Runtime("FactEvidence");
        var evidenceList = $"global::System.Collections.Generic.IReadOnlyList<{evidence}>";
        DocComments.Summary(w, kind.Description ?? $"A kind of fact ({count} {(kind.Entries.Count == 1 ? "entry" : "entries")}).");
        w.Line(RecordMembers.GeneratedCodeAttribute);
        w.Open(_members.TypeDeclaration(name, "IFact"));

        w.Line($"private const int __Count = {count};");
        w.Line($"private static readonly {self}{q}[] __cache = new {self}{q}[__Count];");
        w.Line($"private static global::System.Collections.Generic.Dictionary<string, int>{q} __byId;");
        w.Line();
        w.Line("// The entries as data: each one's id and values, decoded when the entry is first read.");
        WriteData("__Values", factData, EntryData.Values(kind, cancellationToken));
        w.Line("// The evidence of each entry, decoded when it is first asked for.");
        WriteData("__EvidenceData", factData, data.Evidence(kind, cancellationToken));
        w.Line("private readonly int __position;");
        w.Line($"private {evidenceList}{q} __evidence;");
        w.Line();

        _members.StorageFields(kind.Fields);
        _members.Constructor(name, kind.Fields, isEntity: true);

        DocComments.Summary(w, "The id of this entry in its fact file.");
        w.Line("public string Id { get; }");
        w.Line();
        _members.Properties(name, kind.Fields);
        // Before Descriptor, whose initializer reads it (nullable analysis follows the initializers' order).
        DocComments.Summary(w, $"Every {name} entry, in the order of the fact files. Entries are built when they are first read.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{self}> All {{ get; }} = new __Refs(null);");
        w.Line();
        var field = CSharpTypes.Runtime("FactField");
        w.Block($$"""
            /// <summary>The evidence behind this entry: quotes from its sources, claims included. Read when first asked for.</summary>
            public {{evidenceList}} Evidence => global::System.Threading.Volatile.Read(ref __evidence) ?? __ReadEvidence();

            /// <summary>The evidence for one field: the items that name it and give no other value for it.</summary>
            /// <param name="field">A field of {{name}}, such as {{name}}.Fields.{{FirstField(kind)}}.</param>
            /// <returns>The items, in file order; empty when none names the field.</returns>
            /// <exception cref="global::System.ArgumentException">The field is a field of another kind.</exception>
            public {{evidenceList}} EvidenceFor({{field}} field) => {{evidence}}.For(Evidence, field, Descriptor);

            /// <summary>The values the sources give for one field: the adopted value (the property's) first, then each value a source gives instead.</summary>
            /// <typeparam name="TValue">The type of the field's property.</typeparam>
            /// <param name="field">A field of {{name}}, such as {{name}}.Fields.{{FirstField(kind)}}.</param>
            /// <returns>The claims; just the adopted one when no source disputes the value.</returns>
            public global::System.Collections.Generic.IReadOnlyList<{{CSharpTypes.Runtime("FactClaim")}}<TValue>> ClaimsFor<TValue>({{field}}<{{self}}, TValue> field) => field.Claims(this);

            """);
        _members.Metadata(kind);

        WriteLookups(name, self);
        WriteCreation(kind, self, data, evidenceList);
        WriteRefsClass(self);
        WriteEntryProperties(kind, self);
        w.Close();
    }

    private static string FirstField(KindSpec kind) => kind.Fields.Count == 0 ? "X" : kind.Fields[0].PropertyName;

    /// <summary>A static <c>FactData</c> of the chunks, one string literal per line.</summary>
    private void WriteData(string fieldName, string factData, string[] chunks)
    {
        w.Open($"private static readonly {factData} {fieldName} = new {factData}(__Count, {EntryData.ChunkSize.ToString(CultureInfo.InvariantCulture)}, new string[]");
        EntryData.WriteChunks(w, chunks);
        w.Close(");");
        w.Line();
    }

    /// <summary>
    /// A static property per entry, last in the type. Nullable analysis is off for them: they are
    /// most of what the compiler does with a large kind, and without it each costs about 40% less
    /// (docs/performance.md); an entry property is never null, so nothing is lost.
    /// </summary>
    private void WriteEntryProperties(KindSpec kind, string self)
    {
        if (types.Options.UseNullable)
        {
            w.Line("#nullable disable");
        }

        var declaration = "public static " + self + " ";
        for (var i = 0; i < kind.Entries.Count; i++)
        {
            if ((i & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var entry = kind.Entries[i];
            if (entry.PropertyName.Length == 0)
            {
                continue; // its id is in error (reported), or TF1011: it stays reachable through All, Get and TryGet
            }

            w.Line();
            DocComments.Entry(w, entry);
            w.StartLine().Append(declaration).Append(CSharpTypes.Escape(entry.PropertyName)).Append(" => __At(").Append(i.ToString(CultureInfo.InvariantCulture)).Append(");").EndLine();
        }

        if (types.Options.UseNullable)
        {
            w.Line("#nullable enable");
        }
    }

    private void WriteLookups(string name, string self)
    {
        var maybeNull = types.MaybeNullWhenFalse;
        var q = types.Q;
        w.Block($$"""
            /// <summary>Finds the {{name}} entry with the given id.</summary>
            /// <param name="id">The id of the entry, as written in the fact file.</param>
            /// <param name="value">The entry, when there is one.</param>
            /// <returns>Whether an entry has the id.</returns>
            public static bool TryGet(string id, {{maybeNull}}out {{self}} value)
            {
                var index = global::System.Threading.Volatile.Read(ref __byId) ?? __BuildIndex();
                int position;
                if (id != null && index.TryGetValue(id, out position))
                {
                    value = __At(position);
                    return true;
                }

                value = null{{types.Bang}};
                return false;
            }

            /// <summary>Returns the {{name}} entry with the given id.</summary>
            /// <param name="id">The id of the entry, as written in the fact file.</param>
            /// <exception cref="global::System.Collections.Generic.KeyNotFoundException">No {{name}} entry has the id.</exception>
            public static {{self}} Get(string id) => TryGet(id, out var value) ? value : throw new global::System.Collections.Generic.KeyNotFoundException("No {{name}} entry has the id '" + id + "'.");

            /// <summary>Entries are equal when they are the same entry: equality is the identity of their ids and never follows references.</summary>
            public bool Equals({{self}}{{q}} other) => !ReferenceEquals(other, null) && string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            """);
        _members.ObjectEquality(self, "global::System.StringComparer.Ordinal.GetHashCode(Id)");
        w.Block($$"""
            /// <inheritdoc/>
            public override string ToString() => "{{name}} { Id = " + Id + " }";

            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            internal static {{self}} __At(int index)
            {
                var entry = global::System.Threading.Volatile.Read(ref __cache[index]);
                if (ReferenceEquals(entry, null))
                {
                    entry = __Create(index);
                    entry = global::System.Threading.Interlocked.CompareExchange(ref __cache[index], entry, null) ?? entry;
                }

                return entry;
            }

            private static global::System.Collections.Generic.Dictionary<string, int> __BuildIndex()
            {
                var index = new global::System.Collections.Generic.Dictionary<string, int>(__Count, global::System.StringComparer.Ordinal);
                for (var i = 0; i < __Count; i++)
                {
                    index[__Values.ReadFirst(i)] = i;
                }

                global::System.Threading.Volatile.Write(ref __byId, index);
                return index;
            }

            """);
    }

    /// <summary>
    /// Builds an entry from its data, and reads its evidence on demand; a claim's value is read
    /// as its field's and typed as the field's property when first asked for.
    /// </summary>
    private void WriteCreation(KindSpec kind, string self, EntryData data, string evidenceList)
    {
        var reader = CSharpTypes.Runtime("FactDataReader");
        w.Open($"private static {self} __Create(int index)");
        w.Line("var data = __Values.Read(index);");
        w.StartLine().Append($"return new {self}(data.ReadString(), index");
        foreach (var field in kind.Fields)
        {
            w.Append(", ").Append(data.Read(field.Type, "data"));
        }

        w.Append(");").EndLine();
        w.Close();
        w.Line();
        w.Open($"private {evidenceList} __ReadEvidence()");
        w.Line($"var evidence = global::System.Array.AsReadOnly(__EvidenceData.Read(__position).ReadEvidence({types.Registry}.Source, __Claim));");
        w.Line("return global::System.Threading.Interlocked.CompareExchange(ref __evidence, evidence, null) ?? evidence;");
        w.Close();
        w.Line();
        w.Open($"private static global::System.Func<object{types.Q}> __Claim(int field, {reader} data)");
        w.Open("switch (field)");
        var claimed = ClaimedFields(kind);
        for (var f = 0; f < kind.Fields.Count; f++)
        {
            if (!claimed[f])
            {
                continue;
            }

            var type = kind.Fields[f].Type;
            w.Open($"case {f.ToString(CultureInfo.InvariantCulture)}:");
            w.Line($"var value{f.ToString(CultureInfo.InvariantCulture)} = {data.Read(type, "data")};");
            w.Line($"return () => {AsProperty(type, "value" + f.ToString(CultureInfo.InvariantCulture))};");
            w.Close();
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(field));");
        w.Close();
        w.Close();
        w.Line();
    }

    /// <summary>Which fields have a claim in some entry: only those need a case in <c>__Claim</c>.</summary>
    private static bool[] ClaimedFields(KindSpec kind)
    {
        var claimed = new bool[kind.Fields.Count];
        foreach (var entry in kind.Entries)
        {
            foreach (var item in entry.Evidence)
            {
                if (item.Claim is not null && item.Fields.Count == 1)
                {
                    for (var f = 0; f < kind.Fields.Count; f++)
                    {
                        claimed[f] |= kind.Fields[f].YamlName == item.Fields[0];
                    }
                }
            }
        }

        return claimed;
    }

    /// <summary>A value as the constructor takes it, made what the field's property returns: an entry, a read-only list.</summary>
    private string AsProperty(TypeRef type, string value)
    {
        var converted = type.IsSingleReference ? $"{types.Named(type.Name)}.Get({value})"
            : type.IsList && type.Category == TypeCategory.Entity ? $"new {types.Named(type.Name)}.__Refs({value})"
            : type.IsList ? $"global::System.Array.AsReadOnly({value})"
            : value;
        return converted != value && type.IsNullable ? $"{value} == null ? null : {converted}" : converted;
    }
    /// <summary>A read-only list of entries, by position (<c>All</c>) or by id (a list of references).</summary>
    private void WriteRefsClass(string self)
    {
        var q = types.Q;
        w.Block($$"""
            /// <summary>A read-only list of entries of this kind, built one by one as they are read.</summary>
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            {{RecordMembers.GeneratedCodeAttribute}}
            internal sealed class __Refs : global::System.Collections.Generic.IReadOnlyList<{{self}}>
            {
                private readonly string[]{{q}} _ids;

                internal __Refs(string[]{{q}} ids) { _ids = ids; }

                /// <inheritdoc/>
                public int Count => _ids == null ? __Count : _ids.Length;

                /// <inheritdoc/>
                public {{self}} this[int index]
                {
                    get
                    {
                        if ((uint)index >= (uint)Count)
                        {
                            throw new global::System.ArgumentOutOfRangeException(nameof(index));
                        }

                        return _ids == null ? __At(index) : Get(_ids[index]);
                    }
                }

                /// <inheritdoc/>
                public global::System.Collections.Generic.IEnumerator<{{self}}> GetEnumerator()
                {
                    for (var i = 0; i < Count; i++)
                    {
                        yield return this[i];
                    }
                }

                global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }
            """);
    }
}
