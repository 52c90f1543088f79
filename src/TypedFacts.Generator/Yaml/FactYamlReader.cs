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
    {
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
                            diagnostics.Add(FactDiagnostics.MultipleDocuments(SpanOf(start).In(filePath)));
                            return root;
                        }

                        break;

                    case Scalar scalar:
                        {
                            var node = new FactScalar(SpanOf(scalar), scalar.Value, scalar.Style == ScalarStyle.Plain);
                            CheckProperties(scalar, node, filePath, diagnostics);
                            Attach(stack, node, ref root, filePath, diagnostics);

                            break;
                        }

                    case AnchorAlias alias:
                        {
                            var node = new FactScalar(SpanOf(alias), string.Empty, isPlain: false) { IsPoisoned = true };
                            diagnostics.Add(FactDiagnostics.Alias(node.Span.In(filePath), alias.Value.ToString()));
                            Attach(stack, node, ref root, filePath, diagnostics);

                            break;
                        }

                    case SequenceStart sequenceStart:
                        {
                            var node = new FactSequence(SpanOf(sequenceStart));
                            if (!Open(stack, node, sequenceStart, ref root, filePath, diagnostics))
                            {
                                return null;
                            }

                            break;
                        }

                    case MappingStart mappingStart:
                        {
                            var node = new FactMapping(SpanOf(mappingStart));
                            if (!Open(stack, node, mappingStart, ref root, filePath, diagnostics))
                            {
                                return null;
                            }

                            break;
                        }

                    case SequenceEnd:
                    case MappingEnd:
                        {
                            var frame = stack.Pop();
                            var end = parser.Current.End;
                            var span = frame.Node.Span;
                            frame.Node.Span = span with { EndLine = ToInt(end.Line) - 1, EndColumn = ToInt(end.Column) - 1, EndOffset = ToInt(end.Index) };
                            break;
                        }
                }
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Add(UnquotedFlowType(text, ToInt(ex.Start.Index), filePath) ?? FactDiagnostics.YamlSyntax(WithinText(SpanOf(ex.Start, ex.End), text).In(filePath), CleanMessage(ex.Message)));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this on some malformed plain scalars (found by
            // fuzzing): it is the input that is wrong, so it is a syntax error, located after
            // the last event that was read.
            var at = parser.Current?.End ?? default;
            diagnostics.Add(FactDiagnostics.YamlReaderStopped(WithinText(SpanOf(at, at), text).In(filePath), ex.Message));
            return null;
        }

        return root;
    }

    private static bool Open(Stack<Frame> stack, FactNode node, NodeEvent start, ref FactNode? root, string filePath, List<DiagnosticInfo> diagnostics)
    {
        CheckProperties(start, node, filePath, diagnostics);
        if (stack.Count >= FormatLimits.MaxDepth)
        {
            // Report once and give up on the whole file: anything this deep is hostile or
            // broken, and the parts read so far would only produce follow-on errors.
            diagnostics.Add(FactDiagnostics.NestingTooDeep(node.Span.In(filePath)));
            return false;
        }

        Attach(stack, node, ref root, filePath, diagnostics);
        stack.Push(new Frame(node));
        return true;
    }

    /// <summary>Adds a finished or opened node to its parent: an item, a key, or a key's value.</summary>
    private static void Attach(Stack<Frame> stack, FactNode node, ref FactNode? root, string filePath, List<DiagnosticInfo> diagnostics)
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
                    diagnostics.Add(FactDiagnostics.WrongNodeKind(node.Span.In(filePath), "a plain name", "a mapping key", node.KindName));
                    key = new FactScalar(node.Span, string.Empty, isPlain: false) { IsPoisoned = true };
                }
                else if (key.IsPlain && key.Value == "<<")
                {
                    diagnostics.Add(FactDiagnostics.MergeKey(key.Span.In(filePath)));
                    key.IsPoisoned = true;
                }

                parent.PendingKey = key;
                return;

            case FactMapping mapping:
                var pendingKey = parent.PendingKey!;
                parent.PendingKey = null;
                if (!pendingKey.IsPoisoned && parent.FirstKey(mapping, pendingKey.Value) is { } firstKey)
                {
                    diagnostics.Add(FactDiagnostics.DuplicateKey(pendingKey.Span.In(filePath), pendingKey.Value, firstKey.Span.In(filePath)));
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
                    mapping.Entries.Add(new KeyValuePair<FactScalar, FactNode>(pendingKey, node));
                }

                return;

            default:
                return;
        }
    }

    private static void CheckProperties(NodeEvent nodeEvent, FactNode node, string filePath, List<DiagnosticInfo> diagnostics)
    {
        if (!nodeEvent.Anchor.IsEmpty)
        {
            diagnostics.Add(FactDiagnostics.Anchor(node.Span.In(filePath), nodeEvent.Anchor.ToString()));
            node.IsPoisoned = true;
        }
        else if (!nodeEvent.Tag.IsEmpty && !nodeEvent.Tag.IsNonSpecific)
        {
            diagnostics.Add(FactDiagnostics.Tag(node.Span.In(filePath), nodeEvent.Tag.ToString()));
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
    private static DiagnosticInfo? UnquotedFlowType(string text, int errorOffset, string filePath)
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
        var span = WithinText(new NodeSpan(0, 0, start, 0, 0, start + type.Length), text);
        return FactDiagnostics.UnquotedTypeInFlowMapping(span.In(filePath), type.Value.Replace(" ", string.Empty).Replace("\t", string.Empty));
    }

    /// <summary>
    /// The parser reports errors at the end of the stream on a line past the last one; an IDE
    /// needs a position inside the file, so lines and columns are derived from the offsets,
    /// clamped to the text. (Only for errors: one per file, so the scan costs nothing.)
    /// </summary>
    private static NodeSpan WithinText(NodeSpan span, string text)
    {
        var start = Math.Min(span.StartOffset, text.Length);
        var end = Math.Max(start, Math.Min(span.EndOffset, text.Length));
        var (startLine, startColumn) = LineAndColumn(text, start);
        var (endLine, endColumn) = LineAndColumn(text, end);
        return new NodeSpan(startLine, startColumn, start, endLine, endColumn, end);
    }

    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }

    private static NodeSpan SpanOf(ParsingEvent e) => SpanOf(e.Start, e.End);

    private static NodeSpan SpanOf(Mark start, Mark end)
        => new(ToInt(start.Line) - 1, ToInt(start.Column) - 1, ToInt(start.Index), ToInt(end.Line) - 1, ToInt(end.Column) - 1, ToInt(end.Index));

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
