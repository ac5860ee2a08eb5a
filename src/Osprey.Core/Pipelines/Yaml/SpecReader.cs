using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Osprey.Core.Pipelines.Yaml;

/// <summary>Reads one YAML document into <see cref="SpecNode"/>s with positions, refusing duplicate keys, non-text keys, several documents and extreme nesting.</summary>
internal sealed partial class SpecReader
{
    private const int MaxDepth = 64;
    private readonly Dictionary<string, SpecNode> anchors = new(StringComparer.Ordinal);
    private readonly Parser parser;
    private int depth;

    private SpecReader(string text) => parser = new Parser(new StringReader(text));

    /// <summary>Reads the document; throws <see cref="SpecException"/> with the position of the first structural problem; returns null for an empty file.</summary>
    public static SpecNode? Read(string text)
    {
        try
        {
            return new SpecReader(text).ReadDocument();
        }
        catch (YamlException e)
        {
            throw new SpecException(CleanMessage(e.Message), new SourceMark((int)e.Start.Line, (int)e.Start.Column));
        }
    }

    private SpecNode? ReadDocument()
    {
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }
        parser.Consume<DocumentStart>();
        var root = ReadNode();
        parser.Consume<DocumentEnd>();
        if (parser.Current is DocumentStart second)
        {
            throw new SpecException("a pipeline file holds one YAML document; remove the second '---'", Mark(second.Start));
        }
        return root;
    }

    private SpecNode ReadNode()
    {
        var current = parser.Current ?? throw new SpecException("the file ended unexpectedly", new SourceMark(1, 1));
        if (++depth > MaxDepth)
        {
            throw new SpecException($"the file nests deeper than {MaxDepth} levels", Mark(current.Start));
        }

        SpecNode node = current switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart start => ReadSequence(start),
            MappingStart start => ReadMapping(start),
            AnchorAlias alias => ReadAlias(alias),
            _ => throw new SpecException($"unexpected YAML element {current.GetType().Name}", Mark(current.Start)),
        };
        depth--;
        return node;
    }

    private SpecScalar ReadScalar(Scalar scalar)
    {
        parser.MoveNext();
        return Remember(scalar.Anchor, new SpecScalar(scalar.Value, scalar.Style, Mark(scalar.Start), Mark(scalar.End)));
    }

    private SpecSequence ReadSequence(SequenceStart start)
    {
        parser.MoveNext();
        var items = new List<SpecNode>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode());
        }
        return Remember(start.Anchor, new SpecSequence(items, Mark(start.Start)));
    }

    private SpecMapping ReadMapping(MappingStart start)
    {
        parser.MoveNext();
        var entries = new List<KeyValuePair<SpecScalar, SpecNode>>();
        var seen = new Dictionary<string, SourceMark>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode() as SpecScalar
                ?? throw new SpecException("map keys must be plain text; a value starting with {{ must be quoted, as in when: \"{{ ... }}\"", Mark(start.Start));
            if (seen.TryGetValue(key.Value, out var first))
            {
                throw new SpecException($"'{key.Value}' appears twice in the same map (first at line {first.Line})", key.Start);
            }
            seen[key.Value] = key.Start;
            entries.Add(new(key, ReadNode()));
        }
        return Remember(start.Anchor, new SpecMapping(entries, Mark(start.Start)));
    }

    private SpecNode ReadAlias(AnchorAlias alias)
    {
        parser.MoveNext();
        return anchors.TryGetValue(alias.Value.Value, out var node)
            ? node
            : throw new SpecException($"the alias *{alias.Value.Value} names no anchor", Mark(alias.Start));
    }

    private T Remember<T>(AnchorName anchor, T node)
        where T : SpecNode
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
        return node;
    }

    private static SourceMark Mark(YamlDotNet.Core.Mark mark) => new((int)mark.Line, (int)mark.Column);

    private static string CleanMessage(string message)
    {
        var text = PositionPrefix().Replace(message, "");
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..].TrimEnd('.') : "the YAML is malformed";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
