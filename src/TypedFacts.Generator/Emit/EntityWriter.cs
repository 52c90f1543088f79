using System;
using System.Globalization;
using System.Threading;
using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// Writes an entity kind (SPEC 3.2): the record with a property per field, a static property
/// per entry, <c>All</c>, <c>Get</c> and <c>TryGet</c>, and the machinery that builds each entry
/// when it is first read. An entry's references are kept as ids and looked up when read, so
/// building one entry never builds the entries it references, and cycles are harmless.
/// </summary>
internal sealed class EntityWriter(SourceWriter w, CSharpTypes types, CancellationToken cancellationToken)
{
    /// <summary>Entries per creation method: large kinds are split so no method grows with the entry count.</summary>
    public const int ChunkSize = 256;

    private readonly RecordMembers _members = new(w, types);

    public void Write(KindSpec kind)
    {
        var name = kind.Name;
        var self = types.Named(name);
        var q = types.Q;
        var count = kind.Entries.Count.ToString(CultureInfo.InvariantCulture);
        DocComments.Summary(w, kind.Description ?? $"A kind of fact ({count} {(kind.Entries.Count == 1 ? "entry" : "entries")}).");
        w.Line(RecordMembers.GeneratedCodeAttribute);
        w.Open(_members.TypeDeclaration(name, "IFact"));

        w.Line($"private const int __Count = {count};");
        w.Line($"private const string __IdText = {CSharpTypes.Literal(IdText(kind))};");
        w.Line($"private static readonly int[] __IdEnds = new int[] {{ {IdEnds(kind)} }};");
        w.Line($"private static readonly {self}{q}[] __cache = new {self}{q}[__Count];");
        w.Line($"private static global::System.Collections.Generic.Dictionary<string, int>{q} __index;");
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
        var evidence = CSharpTypes.Runtime("FactEvidence");
        var field = CSharpTypes.Runtime("FactField");
        w.Block($$"""
            /// <summary>The evidence behind this entry: quotes from its sources, claims included.</summary>
            public global::System.Collections.Generic.IReadOnlyList<{{evidence}}> Evidence { get; }

            /// <summary>The evidence for one field: the items that name it and give no other value for it.</summary>
            /// <param name="field">A field of {{name}}, such as {{name}}.Fields.{{FirstField(kind)}}.</param>
            /// <returns>The items, in file order; empty when none names the field.</returns>
            /// <exception cref="global::System.ArgumentException">The field is a field of another kind.</exception>
            public global::System.Collections.Generic.IReadOnlyList<{{evidence}}> EvidenceFor({{field}} field) => {{evidence}}.For(Evidence, field, Descriptor);

            /// <summary>The values the sources give for one field: the adopted value (the property's) first, then each value a source gives instead.</summary>
            /// <typeparam name="TValue">The type of the field's property.</typeparam>
            /// <param name="field">A field of {{name}}, such as {{name}}.Fields.{{FirstField(kind)}}.</param>
            /// <returns>The claims; just the adopted one when no source disputes the value.</returns>
            public global::System.Collections.Generic.IReadOnlyList<{{CSharpTypes.Runtime("FactClaim")}}<TValue>> ClaimsFor<TValue>({{field}}<{{self}}, TValue> field) => field.Claims(this);

            """);
        _members.Metadata(kind);


        WriteEntryProperties(kind, self);
        WriteLookups(name, self);
        WriteCreation(kind, self);
        WriteRefsClass(self);
        w.Close();
    }

    private static TypeRef? FieldType(KindSpec kind, string yamlName)
    {
        foreach (var field in kind.Fields)
        {
            if (field.YamlName == yamlName)
            {
                return field.Type;
            }
        }

        return null;
    }

    private static string FirstField(KindSpec kind) => kind.Fields.Count == 0 ? "X" : kind.Fields[0].PropertyName;

    private static string IdText(KindSpec kind)
    {
        var text = new System.Text.StringBuilder();
        foreach (var entry in kind.Entries)
        {
            text.Append(entry.Id);
        }

        return text.ToString();
    }

    private static string IdEnds(KindSpec kind)
    {
        var ends = new System.Text.StringBuilder();
        var end = 0;
        foreach (var entry in kind.Entries)
        {
            end += entry.Id.Length;
            ends.Append(ends.Length == 0 ? string.Empty : ", ").Append(end.ToString(CultureInfo.InvariantCulture));
        }

        return ends.ToString();
    }

    private void WriteEntryProperties(KindSpec kind, string self)
    {
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

            DocComments.Entry(w, kind, entry);
            w.Line($"public static {self} {CSharpTypes.Escape(entry.PropertyName)} => __At({i.ToString(CultureInfo.InvariantCulture)});");
            w.Line();
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
                var index = global::System.Threading.Volatile.Read(ref __index) ?? __BuildIndex();
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

            private static string __IdAt(int index)
            {
                var start = index == 0 ? 0 : __IdEnds[index - 1];
                return __IdText.Substring(start, __IdEnds[index] - start);
            }

            private static global::System.Collections.Generic.Dictionary<string, int> __BuildIndex()
            {
                var index = new global::System.Collections.Generic.Dictionary<string, int>(__Count, global::System.StringComparer.Ordinal);
                for (var i = 0; i < __Count; i++)
                {
                    index[__IdAt(i)] = i;
                }

                global::System.Threading.Volatile.Write(ref __index, index);
                return index;
            }

            """);
    }

    private void WriteCreation(KindSpec kind, string self)
    {
        var values = new ValueWriter(types, kind.ValueKinds);
        var chunks = (kind.Entries.Count + ChunkSize - 1) / ChunkSize;
        w.Open($"private static {self} __Create(int index)");
        if (chunks <= 1)
        {
            WriteCreateSwitch(kind, values, 0, kind.Entries.Count);
        }
        else
        {
            w.Open($"switch (index / {ChunkSize.ToString(CultureInfo.InvariantCulture)})");
            for (var c = 0; c < chunks; c++)
            {
                w.Line($"case {c.ToString(CultureInfo.InvariantCulture)}: return __Create{c.ToString(CultureInfo.InvariantCulture)}(index);");
            }

            w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            w.Close();
        }

        w.Close();
        w.Line();

        for (var c = 0; chunks > 1 && c < chunks; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Open($"private static {self} __Create{c.ToString(CultureInfo.InvariantCulture)}(int index)");
            WriteCreateSwitch(kind, values, c * ChunkSize, Math.Min(kind.Entries.Count, (c + 1) * ChunkSize));
            w.Close();
            w.Line();
        }
    }

    private void WriteCreateSwitch(KindSpec kind, ValueWriter values, int start, int end)
    {
        w.Open("switch (index)");
        var constructor = ": return new " + types.Named(kind.Name) + "(index";
        for (var i = start; i < end; i++)
        {
            var entry = kind.Entries[i];
            w.StartLine().Append("case ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(constructor);
            for (var f = 0; f < kind.Fields.Count; f++)
            {
                w.Append(", ");
                values.Write(w, kind.Fields[f].Type, entry.Values[f]);
            }

            w.Append(", ");
            values.WriteEvidence(w, entry.Evidence, item => FieldType(kind, item.Fields[0]));
            w.Append(");").EndLine();
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Close();
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
