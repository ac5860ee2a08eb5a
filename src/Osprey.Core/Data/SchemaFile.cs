using System.Text.Json;

namespace Osprey.Core.Data;

/// <summary>
/// Reads a small schema file that overrides inference, in JSON (<c>{"columns": {"customerID": "identifier"}, "missing": ["NA"], "delimiter": ";"}</c>)
/// or, for <c>.yaml</c>/<c>.yml</c> files, the same content in YAML.
/// </summary>
public static class SchemaFile
{
    /// <summary>Returns the options with the file's column kinds, missing tokens and delimiter applied; throws <see cref="ErrorCode.InvalidParameter"/> naming the bad entry.</summary>
    public static CsvOptions Apply(CsvOptions options, string path)
    {
        if (!File.Exists(path))
        {
            throw OspreyException.NotFound($"The schema file '{path}' does not exist.");
        }
        var extension = Path.GetExtension(path);
        if (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return SchemaYaml.Apply(options, File.ReadAllText(path), Path.GetFileName(path));
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return Apply(options, document.RootElement, Path.GetFileName(path));
        }
        catch (JsonException error)
        {
            throw OspreyException.Invalid($"The schema file '{path}' is not valid JSON (line {error.LineNumber + 1}): {error.Message}");
        }
    }

    /// <summary>Returns the options with one <c>name=kind</c> override (as given on a command line) applied.</summary>
    public static CsvOptions ApplyOverride(CsvOptions options, string assignment)
    {
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw OspreyException.Invalid($"A column override must look like name=kind, got '{assignment}'.");
        }
        var name = assignment[..equals].Trim();
        var kinds = new Dictionary<string, ColumnKind>(options.ColumnKinds, StringComparer.Ordinal)
        {
            [name] = ColumnKindNames.Parse(assignment[(equals + 1)..], name),
        };
        return options with { ColumnKinds = kinds };
    }

    private static CsvOptions Apply(CsvOptions options, JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw OspreyException.Invalid($"The schema file {source} must hold a JSON object.");
        }
        var kinds = new Dictionary<string, ColumnKind>(options.ColumnKinds, StringComparer.Ordinal);
        if (root.TryGetProperty("columns", out var columns))
        {
            foreach (var column in columns.EnumerateObject())
            {
                kinds[column.Name] = ColumnKindNames.Parse(column.Value.GetString() ?? "", $"{source}: columns.{column.Name}");
            }
        }
        var result = options with { ColumnKinds = kinds };
        if (root.TryGetProperty("missing", out var missing))
        {
            result = result with { MissingTokens = missing.EnumerateArray().Select(t => t.GetString() ?? "").ToArray() };
        }
        if (root.TryGetProperty("delimiter", out var delimiter))
        {
            var text = delimiter.GetString() ?? "";
            var character = text == "\\t" ? '\t' : text.Length == 1 ? text[0] : throw OspreyException.Invalid(
                $"The schema file {source} sets delimiter '{text}'; it must be one character.");
            result = result with { Delimiter = character };
        }
        return result;
    }
}
