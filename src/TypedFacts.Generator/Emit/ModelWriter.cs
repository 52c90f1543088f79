using TypedFacts.Generator.Format;
using TypedFacts.Generator.Model;

namespace TypedFacts.Generator.Emit;

/// <summary>
/// Writes the registry of a namespace (SPEC 3.1, 3.2): its sources, built once, found by id, and
/// its <c>FactModel</c>, built when first asked for. It names the kinds and catalogs, never
/// their entries or constants, so editing those leaves this file the same.
/// </summary>
internal sealed class ModelWriter(SourceWriter w, CSharpTypes types)
{
    public void Write(ModelSpec model)
    {
        var source = CSharpTypes.Runtime(RuntimeTypes.SourceName);
        var factModel = CSharpTypes.Runtime("FactModel");
        var list = "global::System.Collections.Generic.IReadOnlyList";
        DocComments.Summary(w, $"The registry of the namespace {(model.Namespace.Length == 0 ? "(global)" : model.Namespace)}: its sources and its model. Use a catalog's Model and Sources.");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Line(RecordMembers.GeneratedCodeAttribute);
        w.Open($"internal static class {model.Name}");
        w.Open($"private static readonly {source}[] __sources = new {source}[]");
        foreach (var item in model.Sources)
        {
            var published = item.Published is null ? "null" : ScalarTypes.Of(ScalarKind.PartialDate).Literal(item.Published, types.Options.HasDateOnly);
            var url = item.Url is null ? "null" : $"new global::System.Uri({CSharpTypes.Literal(item.Url)})";
            w.Line($"new {source}({CSharpTypes.Literal(item.Id)}, {CSharpTypes.Literal(item.Title)}, {published}, {url}, {CSharpTypes.LiteralOrNull(item.File)}),");
        }

        w.Close(";");
        w.Line();
        w.Line($"private static {factModel}{types.Q} __model;");
        w.Line();
        DocComments.Summary(w, "Every source of the namespace, in file order.");
        w.Line($"internal static {list}<{source}> Sources {{ get; }} = global::System.Array.AsReadOnly(__sources);");
        w.Line();
        DocComments.Summary(w, "Every kind, source and constant of the namespace.");
        w.Line($"internal static {factModel} Model => global::System.Threading.Volatile.Read(ref __model) ?? __CreateModel();");
        w.Line();
        DocComments.Summary(w, "The source with an id.");
        w.Line($"internal static {source} Source(string id) => TryGetSource(id, out var source) ? source : throw new global::System.Collections.Generic.KeyNotFoundException(\"No source has the id '\" + id + \"'.\");");
        w.Line();
        DocComments.Summary(w, "Finds the source with an id.");
        w.Open($"internal static bool TryGetSource(string id, {types.MaybeNullWhenFalse}out {source} source)");
        w.Open("switch (id)");
        for (var i = 0; i < model.Sources.Count; i++)
        {
            w.Line($"case {CSharpTypes.Literal(model.Sources[i].Id)}: source = __sources[{CSharpTypes.Number(i)}]; return true;");
        }

        w.Line($"default: source = null{types.Bang}; return false;");
        w.Close();
        w.Close();
        w.Line();

        w.Open($"private static {factModel} __CreateModel()");
        w.StartLine().Append($"var kinds = new {CSharpTypes.Runtime("FactKind")}[] {{ ");
        for (var i = 0; i < model.Kinds.Count; i++)
        {
            w.Append(i == 0 ? string.Empty : ", ").Append(types.Named(model.Kinds[i])).Append(".Descriptor");
        }

        w.Append(" };").EndLine();
        w.Line($"var model = new {factModel}({CSharpTypes.Literal(model.Namespace)}, kinds, Sources, __Constants);");
        w.Line("return global::System.Threading.Interlocked.CompareExchange(ref __model, model, null) ?? model;");
        w.Close();
        w.Line();

        var constant = CSharpTypes.Runtime("FactConstant");
        w.Open($"private static {list}<{constant}> __Constants()");
        w.Line($"var constants = new global::System.Collections.Generic.List<{constant}>();");
        foreach (var catalog in model.Catalogs)
        {
            w.Line($"constants.AddRange({types.Named(catalog)}.__Constants());");
        }

        w.Line("return constants.AsReadOnly();");
        w.Close();
        w.Close();
    }
}
