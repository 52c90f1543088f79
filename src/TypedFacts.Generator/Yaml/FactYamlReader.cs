using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using TypedFacts.Generator.Diagnostics;
using TypedFacts.Generator.Format;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TypedFacts.Generator.Yaml;

/// <summary>
/// Reads a fact file into <see cref="FactNode"/>s from the low-level <see cref="Parser"/>
/// events (cheaper than building a YamlStream). The reader keeps its own stack instead of
/// recursing, so a hostile file nested 100,000 levels deep is rejected without ever
/// approaching the compiler's stack limit. Aliases are never expanded.
/// </summary>
public static class FactYamlReader
{
    public static FactNode? Read(string text, string filePath, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        => Read(text, filePath, new LineMap(text), diagnostics, cancellationToken);

    /// <param name="lines">The text's lines, for the positions of the diagnostics.</param>
    public static FactNode? Read(string text, string filePath, LineMap lines, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var at = new Locator(filePath, lines);
        var keys = new KeyNames();
        var flat = new FlatPairs(text);
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        FactNode? root = null;
        var documents = 0;
        var events = 0;

        try
        {
            while (parser.MoveNext())
            {
                if ((++events & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                switch (parser.Current)
                {
                    case DocumentStart start:
                        if (++documents > 1)
                        {
                            diagnostics.Add(FactDiagnostics.MultipleDocuments(at[SpanOf(start)]));
                            return root;
                        }

                        break;

                    case Scalar scalar:
                        {
                            // A key's text is one of a few names (the fields') in most files: one copy of each is kept.
                            var isKey = stack.Count > 0 && stack.Peek() is { Node: FactMapping, PendingKey: null };
                            var node = new FactScalar(SpanOf(scalar), isKey ? keys.Intern(scalar.Value) : scalar.Value, scalar.Style == ScalarStyle.Plain);
                            CheckProperties(scalar, node, at, diagnostics);
                            Attach(stack, node, ref root, at, diagnostics);

                            break;
                        }

                    case AnchorAlias alias:
                        {
                            var node = new FactScalar(SpanOf(alias), string.Empty, isPlain: false) { IsPoisoned = true };
                            diagnostics.Add(FactDiagnostics.Alias(at[node.Span], alias.Value.ToString()));
                            Attach(stack, node, ref root, at, diagnostics);

                            break;
                        }

                    case SequenceStart sequenceStart:
                        {
                            var node = new FactSequence(SpanOf(sequenceStart));
                            if (!Open(stack, node, sequenceStart, ref root, at, diagnostics))
                            {
                                return null;
                            }

                            break;
                        }

                    case MappingStart mappingStart:
                        {
                            var node = new FactMapping(SpanOf(mappingStart));
                            if (!Open(stack, node, mappingStart, ref root, at, diagnostics))
                            {
                                return null;
                            }

                            break;
                        }

                    case SequenceEnd:
                    case MappingEnd:
                        {
                            var frame = stack.Pop();
                            frame.Node.Span = frame.Node.Span with { EndOffset = ToInt(parser.Current.End.Index) };
                            (frame.Node as FactMapping)?.Flatten(flat);
                            break;
                        }
                }
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Add(UnquotedFlowType(text, ToInt(ex.Start.Index), at) ?? FactDiagnostics.YamlSyntax(at[WithinText(SpanOf(ex.Start, ex.End), text)], CleanMessage(ex.Message)));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this on some malformed plain scalars (found by
            // fuzzing): it is the input that is wrong, so it is a syntax error, located after
            // the last event that was read.
            var last = parser.Current?.End ?? default;
            diagnostics.Add(FactDiagnostics.YamlReaderStopped(at[WithinText(SpanOf(last, last), text)], ex.Message));
            return null;
        }

        return root;
    }

    private static bool Open(Stack<Frame> stack, FactNode node, NodeEvent start, ref FactNode? root, Locator at, List<DiagnosticInfo> diagnostics)
    {
        CheckProperties(start, node, at, diagnostics);
        if (stack.Count >= FormatLimits.MaxDepth)
        {
            // Report once and give up on the whole file: anything this deep is hostile or
            // broken, and the parts read so far would only produce follow-on errors.
            diagnostics.Add(FactDiagnostics.NestingTooDeep(at[node.Span]));
            return false;
        }

        Attach(stack, node, ref root, at, diagnostics);
        stack.Push(new Frame(node));
        return true;
    }

    /// <summary>Adds a finished or opened node to its parent: an item, a key, or a key's value.</summary>
    private static void Attach(Stack<Frame> stack, FactNode node, ref FactNode? root, Locator at, List<DiagnosticInfo> diagnostics)
    {
        if (stack.Count == 0)
        {
            root = node;
            return;
        }

        var parent = stack.Peek();
        switch (parent.Node)
        {
            case FactSequence sequence:
                sequence.Items.Add(node);
                return;

            case FactMapping mapping when parent.PendingKey is null:
                if (node is not FactScalar key)
                {
                    diagnostics.Add(FactDiagnostics.WrongNodeKind(at[node.Span], "a plain name", "a mapping key", node.KindName));
                    key = new FactScalar(node.Span, string.Empty, isPlain: false) { IsPoisoned = true };
                }
                else if (key.IsPlain && key.Value == "<<")
                {
                    diagnostics.Add(FactDiagnostics.MergeKey(at[key.Span]));
                    key.IsPoisoned = true;
                }

                parent.PendingKey = key;
                return;

            case FactMapping mapping:
                var pendingKey = parent.PendingKey!;
                parent.PendingKey = null;
                if (!pendingKey.IsPoisoned && parent.FirstKey(mapping, pendingKey.Value) is { } firstKey)
                {
                    diagnostics.Add(FactDiagnostics.DuplicateKey(at[pendingKey.Span], pendingKey.Value, at[firstKey.Span]));
                    return;
                }

                if (node is FactScalar { IsPlain: true, Value.Length: 0 } && node.Span.StartOffset == node.Span.EndOffset)
                {
                    // 'name:' with nothing after it: a zero-width span cannot be underlined, so
                    // problems with the missing value are shown on the key.
                    node.Span = pendingKey.Span;
                }

                if (!pendingKey.IsPoisoned)
                {
                    parent.Remember(mapping, pendingKey);
                    mapping.Add(new KeyValuePair<FactScalar, FactNode>(pendingKey, node));
                }

                return;

            default:
                return;
        }
    }

    private static void CheckProperties(NodeEvent nodeEvent, FactNode node, Locator at, List<DiagnosticInfo> diagnostics)
    {
        if (!nodeEvent.Anchor.IsEmpty)
        {
            diagnostics.Add(FactDiagnostics.Anchor(at[node.Span], nodeEvent.Anchor.ToString()));
            node.IsPoisoned = true;
        }
        else if (!nodeEvent.Tag.IsEmpty && !nodeEvent.Tag.IsNonSpecific)
        {
            diagnostics.Add(FactDiagnostics.Tag(at[node.Span], nodeEvent.Tag.ToString()));
            node.IsPoisoned = true;
        }
    }

    private static readonly Regex s_flowType = new(@"[{,][ \t]*[^\s:{},\[\]""']+[ \t]*:[ \t]*([A-Za-z_][A-Za-z0-9_-]*[ \t]*\[[ \t]*\][ \t]*\??)", RegexOptions.CultureInvariant);

    /// <summary>
    /// <c>{members: Person[]}</c> is not valid YAML ('[' and ']' are flow indicators there), and the
    /// parser's own message ("did not find expected ',' or '}'") does not say why (SPEC 2.1). When
    /// the line of the error holds a list type in a flow mapping, the diagnostic is on that type
    /// and shows the quoted form.
    /// </summary>
    private static DiagnosticInfo? UnquotedFlowType(string text, int errorOffset, Locator locate)
    {
        var at = Math.Min(Math.Max(errorOffset, 0), text.Length);
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var lineEnd = text.IndexOf('\n', at);
        var line = text.Substring(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
        var match = s_flowType.Match(line);
        if (!match.Success)
        {
            return null;
        }

        var type = match.Groups[1];
        var start = lineStart + type.Index;
        var span = WithinText(new NodeSpan(start, start + type.Length), text);
        return FactDiagnostics.UnquotedTypeInFlowMapping(locate[span], type.Value.Replace(" ", string.Empty).Replace("\t", string.Empty));
    }

    /// <summary>
    /// The parser reports errors at the end of the stream past the last character; an IDE needs
    /// a position inside the file, so the offsets are clamped to the text.
    /// </summary>
    private static NodeSpan WithinText(NodeSpan span, string text)
    {
        var start = Math.Min(span.StartOffset, text.Length);
        return new NodeSpan(start, Math.Max(start, Math.Min(span.EndOffset, text.Length)));
    }

    private static NodeSpan SpanOf(ParsingEvent e) => SpanOf(e.Start, e.End);

    private static NodeSpan SpanOf(Mark start, Mark end) => new(ToInt(start.Index), ToInt(end.Index));

    /// <summary>
    /// The texts of mapping keys, each kept once: the parser makes a new string for every key, and
    /// the nodes live until binding, so without this every entry would keep its own copy of every
    /// field name. Unique keys (entry ids) stop being added once the table is full.
    /// </summary>
    private sealed class KeyNames
    {
        private const int Capacity = 1024;
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

        public string Intern(string key)
        {
            if (_names.TryGetValue(key, out var kept))
            {
                return kept;
            }

            if (_names.Count < Capacity)
            {
                _names.Add(key, key);
            }

            return key;
        }
    }

    /// <summary>A node's span as a diagnostic's location in this file.</summary>
    private sealed class Locator(string filePath, LineMap lines)
    {
        public LocationInfo this[NodeSpan span] => span.In(filePath, lines);
    }

    private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : value < 0 ? 0 : (int)value;

    /// <summary>YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (...): "; the diagnostic has the position already.</summary>
    private static string CleanMessage(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
    }

    private sealed class Frame(FactNode node)
    {
        private HashSet<string>? _keys;

        public FactNode Node { get; } = node;

        public FactScalar? PendingKey { get; set; }

        /// <summary>The earlier key with this name, if any. Small mappings are scanned, large ones hashed.</summary>
        public FactScalar? FirstKey(FactMapping mapping, string key)
        {
            if (_keys is not null && !_keys.Contains(key))
            {
                return null;
            }

            foreach (var entry in mapping.Entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Key;
                }
            }

            return null;
        }

        public void Remember(FactMapping mapping, FactScalar key)
        {
            if (_keys is null && mapping.Entries.Count >= 8)
            {
                _keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var entry in mapping.Entries)
                {
                    _keys.Add(entry.Key.Value);
                }
            }

            _keys?.Add(key.Value);
        }
    }
}
