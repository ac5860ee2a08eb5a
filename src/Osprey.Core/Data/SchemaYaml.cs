using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Data;

/// <summary>Reads the YAML form of a schema file with the pipeline files' position-keeping reader, so every error names the file, line, column and field.</summary>
internal static class SchemaYaml
{
    /// <summary>Returns the options with the YAML schema applied; throws <see cref="ErrorCode.InvalidParameter"/> naming where the text is wrong.</summary>
    public static CsvOptions Apply(CsvOptions options, string text, string source)
    {
        SpecNode? root;
        try
        {
            root = SpecReader.Read(text);
        }
        catch (SpecException error)
        {
            throw OspreyException.Invalid($"The schema file {source} is not valid YAML (line {error.Mark.Line}, column {error.Mark.Column}): {error.Message}.");
        }
        if (root is null)
        {
            return options;
        }
        if (root is not SpecMapping map)
        {
            throw Invalid(source, root.Start, $"the schema must be a map with 'columns', 'missing' and 'delimiter', not {root.Shape}.");
        }
        foreach (var (key, value) in map.Entries)
        {
            options = key.Value switch
            {
                "columns" => options with { ColumnKinds = Columns(options, value, source) },
                "missing" => options with { MissingTokens = Missing(value, source) },
                "delimiter" => options with { Delimiter = Delimiter(value, source) },
                _ => throw Invalid(source, key.Start, $"unknown field '{key.Value}'; a schema has 'columns', 'missing' and 'delimiter'."),
            };
        }
        return options;
    }

    private static Dictionary<string, ColumnKind> Columns(CsvOptions options, SpecNode node, string source)
    {
        var kinds = new Dictionary<string, ColumnKind>(options.ColumnKinds, StringComparer.Ordinal);
        if (node is not SpecMapping columns)
        {
            throw Invalid(source, node.Start, $"'columns' must be a map of column name to kind, not {node.Shape}.");
        }
        foreach (var (name, kind) in columns.Entries)
        {
            var field = $"columns.{name.Value}";
            var text = Scalar(kind, field, source);
            try
            {
                kinds[name.Value] = ColumnKindNames.Parse(text, field);
            }
            catch (OspreyException error)
            {
                throw Invalid(source, kind.Start, error.Message);
            }
        }
        return kinds;
    }

    private static string[] Missing(SpecNode node, string source) => node switch
    {
        SpecSequence list => list.Items.Select((item, i) => Scalar(item, $"missing[{i}]", source)).ToArray(),
        SpecScalar single => [single.Value],
        _ => throw Invalid(source, node.Start, $"'missing' must be a list of tokens, not {node.Shape}."),
    };

    private static char Delimiter(SpecNode node, string source)
    {
        var text = Scalar(node, "delimiter", source);
        return text is "\\t" or "\t" ? '\t' : text.Length == 1 ? text[0]
            : throw Invalid(source, node.Start, $"delimiter '{text}' must be one character (write a tab as \"\\t\").");
    }

    private static string Scalar(SpecNode node, string field, string source) =>
        node is SpecScalar scalar ? scalar.Value : throw Invalid(source, node.Start, $"'{field}' must be text, not {node.Shape}.");

    private static OspreyException Invalid(string source, SourceMark mark, string message) =>
        OspreyException.Invalid($"{source} line {mark.Line}, column {mark.Column}: {message}");
}
