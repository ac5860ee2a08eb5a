using System.Text.Json;
using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Monitoring.Checks.Yaml;

/// <summary>Loads check suites from YAML files (the reading and positions are the pipeline loader's), and inline check lists from task settings.</summary>
public static class CheckSuiteLoader
{
    private static readonly string[] TopFields = ["suite", "description", "data_set", "checks"];

    /// <summary>Loads a suite from <paramref name="text"/>; <paramref name="fileName"/> names it in messages and, without <c>suite:</c>, names the suite.</summary>
    public static CheckSuiteLoadResult Load(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        SpecNode? root;
        try
        {
            root = SpecReader.Read(text);
        }
        catch (SpecException e)
        {
            return new(null, null, [new PipelineLoadError(fileName, e.Mark, "", e.Message)]);
        }
        if (root is not SpecMapping map)
        {
            return new(null, null, [new PipelineLoadError(fileName, root?.Start ?? new SourceMark(1, 1), "", "a check suite file must be a map with checks: (and optionally suite:, data_set:, description:)")]);
        }
        var context = new SpecContext(fileName);
        context.CheckKeys(map, "", TopFields);
        var fields = map.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
        var name = fields.TryGetValue("suite", out var nameNode) ? context.Text(nameNode, "suite") : null;
        var dataSet = fields.TryGetValue("data_set", out var dataNode) ? context.Text(dataNode, "data_set") : null;
        if (fields.TryGetValue("description", out var description))
        {
            context.Text(description, "description");
        }
        var reader = new CheckListReader(context);
        List<CheckSpec> checks = [];
        if (fields.TryGetValue("checks", out var checksNode))
        {
            checks = reader.Read(checksNode, "checks");
        }
        else
        {
            context.Error("checks", map, "checks is required: a list of checks, such as - not_null: customerID");
        }
        var errors = context.Errors.Concat(reader.RuleErrors).OrderBy(e => e.Mark?.Line ?? 0).ThenBy(e => e.Mark?.Column ?? 0).ToList();
        return errors.Count > 0
            ? new(null, dataSet, errors)
            : new(new CheckSuite(name ?? Path.GetFileNameWithoutExtension(fileName), checks), dataSet, []);
    }

    /// <summary>Reads and loads the file at <paramref name="path"/>; a missing file throws <see cref="ErrorCode.NotFound"/>.</summary>
    public static CheckSuiteLoadResult LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw OspreyException.NotFound($"The check suite file '{path}' does not exist.");
        }
        return Load(path, File.ReadAllText(path));
    }

    /// <summary>Reads inline checks given as JSON (a validate task's rendered <c>checks</c>); returns the specs, or the error messages naming <paramref name="field"/>'s items.</summary>
    public static (IReadOnlyList<CheckSpec> Checks, IReadOnlyList<string> Errors) FromJson(JsonElement checks, string field)
    {
        var context = new SpecContext(field);
        var reader = new CheckListReader(context);
        var specs = reader.Read(JsonSpecNodes.From(checks), field);
        var errors = context.Errors.Concat(reader.RuleErrors).Select(e => e.Message).ToList();
        return (errors.Count > 0 ? [] : specs, errors);
    }
}
