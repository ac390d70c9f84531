using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KnowledgeBase.Formats;

/// <summary>
/// Reads one YAML document into a <see cref="YamlValue"/> tree, event by event, so it can refuse what
/// postmortems never need before it costs anything: anchors and aliases (an alias bomb expands without
/// bound once copied), duplicate keys, and nesting past a limit (deep nesting overflows the stack).
/// </summary>
public sealed class YamlTreeReader
{
    private readonly int _maxDepth;
    private readonly string _document;

    /// <param name="document">What the YAML is, in the words of a message: "front-matter", "kb.yml".</param>
    public YamlTreeReader(int maxDepth = 16, string document = "front-matter")
    {
        _maxDepth = maxDepth;
        _document = document;
    }

    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file.
    /// Returns null (with diagnostics) when the YAML is unusable; an empty document gives an empty mapping.
    /// </summary>
    public YamlValue? Read(string yaml, int firstLine, string path, DiagnosticBag diagnostics)
    {
        var session = new Session(path, firstLine, _maxDepth, _document, diagnostics);
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return new YamlMapValue([], new SourcePosition(firstLine, 1));
            }

            parser.Consume<DocumentStart>();
            var root = session.ReadNode(parser, depth: 1);
            parser.Consume<DocumentEnd>();
            if (!parser.TryConsume<StreamEnd>(out _))
            {
                diagnostics.Error(path, session.Map(parser.Current?.Start ?? Mark.Empty), DiagnosticCodes.YamlSyntax,
                    $"{_document} holds more than one YAML document");
                return null;
            }

            return session.Failed ? null : root;
        }
        catch (YamlException ex)
        {
            // YamlDotNet reports a tab from the mapping it breaks; the tab itself is where the author must look.
            var position = ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(yaml, (int)ex.Start.Line) is { } tab
                ? new SourcePosition(tab.Line + firstLine - 1, tab.Column)
                : session.Map(ex.Start);
            diagnostics.Error(path, position, DiagnosticCodes.YamlSyntax, Describe(ex));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet reports some malformed documents (an unclosed flow list before a new key) this way.
            // Its message ("Operation is not valid due to the current state of the object") tells an author
            // nothing; an unclosed bracket or quote is what it nearly always means.
            diagnostics.Error(path, session.Map(parser.Current?.Start ?? session.LastMark), DiagnosticCodes.YamlSyntax,
                "YAML syntax error: the value is not closed (a '[', '{' or quote without its partner?)");
            return null;
        }
        catch (StopReading)
        {
            return null;
        }
    }

    /// <summary>The first tab in a line's indentation, from <paramref name="fromLine"/> on (1-based, in the YAML).</summary>
    private static SourcePosition? FirstIndentingTab(string yaml, int fromLine)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return new SourcePosition(i + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>YamlDotNet prefixes messages with positions we already print; keep only the sentence.</summary>
    private static string Describe(YamlException ex)
    {
        var message = (ex.InnerException as YamlException)?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && close > 0)
        {
            message = message[(close + 3)..];
        }

        return "YAML syntax error: " + message.TrimEnd('.');
    }

    /// <summary>Thrown to unwind after a diagnostic that makes the rest of the document meaningless.</summary>
    private sealed class StopReading : Exception;

    private sealed class Session(string path, int firstLine, int maxDepth, string document, DiagnosticBag diagnostics)
    {
        public bool Failed { get; private set; }

        /// <summary>Where the last node started, for errors that come without a position.</summary>
        public Mark LastMark { get; private set; } = Mark.Empty;

        public SourcePosition Map(Mark mark) =>
            new(Math.Max(1, (int)mark.Line) + firstLine - 1, Math.Max(1, (int)mark.Column));

        public YamlValue ReadNode(IParser parser, int depth)
        {
            var current = parser.Current;
            LastMark = current?.Start ?? LastMark;
            if (current is AnchorAlias alias)
            {
                Fail(alias.Start, DiagnosticCodes.YamlAlias, $"YAML alias '*{alias.Value}' is not allowed in {document}");
            }

            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                Fail(anchored.Start, DiagnosticCodes.YamlAlias, $"YAML anchor '&{anchored.Anchor.Value}' is not allowed in {document}");
            }

            if (depth > maxDepth)
            {
                Fail(current!.Start, DiagnosticCodes.YamlTooDeep, $"{document} nests deeper than {maxDepth} levels");
            }

            return current switch
            {
                Scalar scalar => ReadScalar(parser, scalar),
                SequenceStart => ReadSequence(parser, depth),
                MappingStart => ReadMapping(parser, depth),
                _ => throw new YamlException(current!.Start, current.End, "unexpected YAML event"),
            };
        }

        private YamlScalarValue ReadScalar(IParser parser, Scalar scalar)
        {
            parser.MoveNext();
            return new YamlScalarValue(scalar.Value, scalar.Style == ScalarStyle.Plain, Map(scalar.Start));
        }

        private YamlListValue ReadSequence(IParser parser, int depth)
        {
            var start = parser.Consume<SequenceStart>();
            var items = ImmutableArray.CreateBuilder<YamlValue>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, depth + 1));
            }

            return new YamlListValue(items.ToImmutable(), Map(start.Start));
        }

        private YamlMapValue ReadMapping(IParser parser, int depth)
        {
            var start = parser.Consume<MappingStart>();
            var entries = ImmutableArray.CreateBuilder<YamlMapEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, depth + 1);
                var value = ReadNode(parser, depth + 1);
                if (keyNode is not YamlScalarValue key)
                {
                    Report(keyNode.Position, DiagnosticCodes.FrontMatterNotMapping, "a key must be plain text, not " + keyNode.Describe());
                    continue;
                }

                // A merge key copies another mapping in: the anchors it needs are refused anyway, and without
                // them it would be read as a field called "<<", hiding the fields the author meant.
                if (key.Text == "<<" && key.IsPlain)
                {
                    Report(key.Position, DiagnosticCodes.YamlAlias, $"YAML merge keys ('<<') are not supported in {document}; write the fields out");
                    continue;
                }

                if (!seen.Add(key.Text))
                {
                    Report(key.Position, DiagnosticCodes.DuplicateKey, $"duplicate key '{key.Text}'");
                    continue;
                }

                entries.Add(new YamlMapEntry(key.Text, key.Position, value));
            }

            return new YamlMapValue(entries.ToImmutable(), Map(start.Start));
        }

        private void Report(SourcePosition position, DiagnosticCode code, string message)
        {
            Failed = true;
            diagnostics.Error(path, position, code, message);
        }

        private void Fail(Mark mark, DiagnosticCode code, string message)
        {
            Report(Map(mark), code, message);
            throw new StopReading();
        }
    }
}
