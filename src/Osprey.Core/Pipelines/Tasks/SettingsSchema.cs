using System.Text.Json;
using Osprey.Core.Pipelines.Templates;

namespace Osprey.Core.Pipelines.Tasks;

/// <summary>The settings a task type accepts: checked statically when the pipeline loads (unknown and missing fields, kinds of literal values)
/// and read with the same names when a try runs (<see cref="TaskSettings"/>).</summary>
public sealed class SettingsSchema(params SettingField[] fields)
{
    /// <summary>Gets the fields in documentation order.</summary>
    public IReadOnlyList<SettingField> Fields { get; } = fields;

    /// <summary>Checks the settings as written; templated values are checked when the try runs, once rendered.</summary>
    public IEnumerable<PipelineProblem> Validate(TaskDefinition task)
    {
        var prefix = $"tasks.{task.Id}.with";
        var names = Fields.Select(f => f.Name).ToList();
        foreach (var (key, value) in task.Settings.Entries)
        {
            var field = Fields.FirstOrDefault(f => f.Name == key);
            if (field is null)
            {
                yield return new($"{prefix}.{key}",
                    $"{prefix}.{key} is not a setting of {task.Type} tasks{NameSuggestion.For(key, names)}; they take {string.Join(", ", names)}");
            }
            else if (Mismatch(field.Kind, value) is { } got)
            {
                yield return new($"{prefix}.{key}", $"{prefix}.{key} must be {Describe(field.Kind)}, got {got}");
            }
        }
        foreach (var missing in Fields.Where(f => f.Required && task.Settings[f.Name] is null))
        {
            yield return new(prefix, $"{prefix}.{missing.Name} is required for {task.Type} tasks{(missing.Description is null ? "" : $" ({missing.Description})")}");
        }
    }

    /// <summary>Describes a kind for messages, such as "a whole number".</summary>
    public static string Describe(SettingKind kind) => kind switch
    {
        SettingKind.Text => "text",
        SettingKind.Number => "a number",
        SettingKind.WholeNumber => "a whole number",
        SettingKind.Boolean => "true or false",
        SettingKind.Duration => "a duration such as 30s or 5m",
        SettingKind.Map => "a map",
        SettingKind.List => "a list",
        _ => "a value",
    };

    private static string? Mismatch(SettingKind kind, TemplatedValue value) => (kind, value) switch
    {
        (SettingKind.Any, _) or (_, TemplatedText) => null,
        (SettingKind.Map, TemplatedMap) or (SettingKind.List, TemplatedList) => null,
        (_, TemplatedMap) => "a map",
        (_, TemplatedList) => "a list",
        (_, TemplatedLiteral literal) => TaskSettings.Mismatch(kind, literal.Value),
        _ => null,
    };
}
