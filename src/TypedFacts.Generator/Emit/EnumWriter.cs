using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// Writes an enum (SPEC 2.1, <c>enums</c>): a member per YAML member, with its description, and
/// beside it the YAML names of its members, for the runtime's <c>FactType.EnumMembers</c>.
/// </summary>
internal sealed class EnumWriter(SourceWriter w, CSharpTypes types)
{
    public void Write(EnumSpec spec)
    {
        DocComments.Summary(w, spec.Description ?? $"The members of {spec.Name}.");
        w.Line(RecordMembers.GeneratedCodeAttribute);
        w.Open($"{types.Visibility} enum {spec.Name}");
        foreach (var member in spec.Members)
        {
            DocComments.Summary(w, member.Description ?? $"{member.YamlName}.");
            w.Line(CSharpTypes.Escape(member.Name) + ",");
        }

        w.Close();
        w.Line();

        var names = new System.Text.StringBuilder();
        foreach (var member in spec.Members)
        {
            names.Append(names.Length == 0 ? string.Empty : ", ").Append(CSharpTypes.Literal(member.YamlName));
        }

        DocComments.Summary(w, $"The YAML names of the members of {spec.Name} ({spec.YamlName} in the fact file), in declaration order.");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Line(RecordMembers.GeneratedCodeAttribute);
        w.Open($"internal static class {CSharpTypes.EnumMembersClass(spec.Name)}");
        w.Line($"internal static global::System.Collections.Generic.IReadOnlyList<string> Members {{ get; }} = global::System.Array.AsReadOnly(new string[] {{ {names} }});");
        w.Close();
    }
}
