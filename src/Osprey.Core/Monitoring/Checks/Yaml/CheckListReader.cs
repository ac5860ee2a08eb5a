using Osprey.Core.Data;
using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Monitoring.Checks.Yaml;

/// <summary>Reads a list of checks (a suite file's <c>checks:</c>, or a validate task's inline ones) into specs, reporting each problem at its field.</summary>
/// <remarks>Each item is a map with one check key (<c>not_null: id</c>, <c>in_range: {column: tenure, min: 0}</c>); settings may also sit beside that key.
/// A list of columns (<c>not_null: [a, b]</c>) makes one check per column.</remarks>
internal sealed class CheckListReader(SpecContext context)
{
    private readonly List<PipelineLoadError> _placed = [];

    /// <summary>Gets the errors found by the check rules (the context holds the ones found while reading).</summary>
    public IReadOnlyList<PipelineLoadError> RuleErrors => _placed;

    /// <summary>Reads the list at <paramref name="field"/>; checks with problems are reported and left out.</summary>
    public List<CheckSpec> Read(SpecNode node, string field)
    {
        context.Locate(field, node);
        var specs = new List<CheckSpec>();
        if (node is not SpecSequence list)
        {
            context.Error(field, node, $"{field} must be a list of checks, such as - not_null: customerID, got {node.Shape}");
            return specs;
        }
        for (var i = 0; i < list.Items.Count; i++)
        {
            specs.AddRange(ReadItem(list.Items[i], $"{field}[{i}]"));
        }
        return specs;
    }

    private IEnumerable<CheckSpec> ReadItem(SpecNode node, string field)
    {
        if (context.Map(node, field, "a map with one check, such as not_null: customerID") is not { } map)
        {
            return [];
        }
        var checkKeys = map.Entries.Where(e => !CheckFields.Common.Contains(e.Key.Value)).ToList();
        if (checkKeys.Count != 1)
        {
            context.Error(field, map, $"{field} must name exactly one check ({string.Join(", ", CheckKindNames.All)}), got {(checkKeys.Count == 0 ? "none" : string.Join(", ", checkKeys.Select(e => e.Key.Value)))}");
            return [];
        }
        var (key, value) = checkKeys[0];
        if (!CheckKindNames.TryParse(key.Value, out var kind))
        {
            context.Error($"{field}.{key.Value}", key, $"{field}: unknown check '{key.Value}'{NameSuggestion.For(key.Value, CheckKindNames.All)}; the checks are {string.Join(", ", CheckKindNames.All)}");
            return [];
        }
        var errorsBefore = context.Errors.Count;
        var settings = Settings(kind, value, $"{field}.{key.Value}", out var columns);
        foreach (var (name, extra) in map.Entries.Where(e => CheckFields.Common.Contains(e.Key.Value)))
        {
            settings[name.Value] = (extra, $"{field}.{name.Value}");
        }
        var specs = columns.Select(column => new CheckSettingsReader(context, kind, settings).Spec(column)).ToList();
        if (context.Errors.Count > errorsBefore)
        {
            return [];
        }
        return specs.Where(spec => Valid(spec, field, settings));
    }

    private Dictionary<string, (SpecNode Node, string Field)> Settings(CheckKind kind, SpecNode value, string field, out List<string?> columns)
    {
        var settings = new Dictionary<string, (SpecNode, string)>(StringComparer.Ordinal);
        columns = [null];
        switch (value)
        {
            case SpecMapping map:
                context.Locate(field, map);
                context.CheckKeys(map, field, CheckFields.For(kind));
                foreach (var (name, node) in map.Entries)
                {
                    settings[name.Value] = (node, $"{field}.{name.Value}");
                }
                break;
            case SpecSequence list when CheckFields.Shorthand(kind) == "column":
                columns = [.. list.Items.Select((item, i) => context.Text(item, $"{field}[{i}]"))];
                break;
            case SpecScalar { IsNull: false } scalar when CheckFields.Shorthand(kind) is { } shorthand:
                settings[shorthand] = (scalar, field);
                break;
            case SpecScalar { IsNull: true }:
                context.Locate(field, value);
                break;
            default:
                context.Error(field, value, CheckFields.Shorthand(kind) is null
                    ? $"{field} must be a map of its settings ({string.Join(", ", CheckFields.For(kind))}), got {value.Shape}"
                    : $"{field} must be a column name, a list of them, or a map of settings, got {value.Shape}");
                columns = [];
                break;
        }
        return settings;
    }

    private bool Valid(CheckSpec spec, string field, Dictionary<string, (SpecNode Node, string Field)> settings)
    {
        var problems = CheckSpecRules.Problems(spec);
        foreach (var problem in problems)
        {
            var root = problem.Field.Split('.')[0];
            var at = settings.TryGetValue(root, out var setting) ? setting.Field + problem.Field[root.Length..] : field;
            var message = problem.Field.Length == 0 ? $"{field} ({spec.DisplayName}) {problem.Message}" : $"{at} {problem.Message}";
            Report(at, message, problem.Offset);
        }
        return problems.Count == 0;
    }

    private void Report(string field, string message, int? offset) => _placed.Add(context.Place(new PipelineProblem(field, message, offset)));
}
