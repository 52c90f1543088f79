using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// Writes a value kind (SPEC 3.2): a record whose values are written inline in fact files,
/// compared by value: lists item by item, references by the id of the entry they point to.
/// </summary>
internal sealed class ValueKindWriter(SourceWriter w, CSharpTypes types)
{
    private readonly RecordMembers _members = new(w, types);

    /// <summary>Reads a value of this kind from an entry's data (<see cref="EntryData"/>): its fields in order.</summary>
    private void WriteRead(KindSpec kind, string self)
    {
        var data = new EntryData(types, kind.ValueKinds);
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.StartLine().Append($"internal static {self} __Read({CSharpTypes.Runtime("FactDataReader")} data) => new {self}(");
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            w.Append(i == 0 ? string.Empty : ", ").Append(data.Read(kind.Fields[i].Type, "data"));
        }

        w.Append(");").EndLine();
        w.Line();
    }

    public void Write(KindSpec kind)
    {
        var (name, fields) = (kind.Name, kind.Fields);
        var self = types.Named(name);
        DocComments.Summary(w, kind.Description ?? "A value written inline in fact files.");
        w.Line(RecordMembers.GeneratedCodeAttribute);
        w.Open(_members.TypeDeclaration(name, "IFactRecord"));
        _members.StorageFields(fields);
        _members.Constructor(name, fields, isEntity: false);
        WriteRead(kind, self);
        _members.Properties(name, fields);
        _members.Metadata(kind);

        DocComments.Summary(w, "Values are equal when all their fields are: lists item by item, references by the entry they point to.");
        w.StartLine().Append($"public bool Equals({self}{types.Q} other) => !ReferenceEquals(other, null)");
        foreach (var field in fields)
        {
            var member = RecordMembers.StorageMember(field);
            w.Append(field.Type.IsList
                ? $" && ({member} == null ? other.{member} == null : other.{member} != null && global::System.Linq.Enumerable.SequenceEqual({member}, other.{member}))"
                : $" && global::System.Collections.Generic.EqualityComparer<{_members.StorageType(field)}>.Default.Equals({member}, other.{member})");
        }

        w.Append(";").EndLine();
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open("public override int GetHashCode()");
        w.Line("var hash = 17;");
        foreach (var field in fields)
        {
            // A list adds its length: equal lists (item by item) have equal lengths.
            var member = RecordMembers.StorageMember(field);
            var forgive = types.IsValueType(field.Type) ? string.Empty : types.Bang;
            w.Line(field.Type.IsList
                ? $"hash = unchecked((hash * -1521134295) + ({member} == null ? -1 : {member}.Count));"
                : $"hash = unchecked((hash * -1521134295) + global::System.Collections.Generic.EqualityComparer<{_members.StorageType(field)}>.Default.GetHashCode({member}{forgive}));");
        }

        w.Line("return hash;");
        w.Close();
        w.Line();
        _members.ObjectEquality(self, hashExpression: null);
        w.Line("/// <inheritdoc/>");
        w.StartLine().Append($"public override string ToString() => \"{name} {{ ");
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var property = CSharpTypes.Escape(field.PropertyName);
            var text = field.Type.IsList
                ? $"({property} == null ? \"null\" : \"[\" + string.Join(\", \", {property}) + \"]\")"
                : property;
            w.Append((i == 0 ? string.Empty : ", ") + field.PropertyName + " = \" + " + text + " + \"");
        }

        w.Append(" }\";").EndLine();
        w.Close();
    }
}
