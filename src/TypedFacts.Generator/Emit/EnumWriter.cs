using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>Writes an enum (SPEC 2.1, <c>enums</c>): a member per YAML member, with its description.</summary>
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
    }
}
