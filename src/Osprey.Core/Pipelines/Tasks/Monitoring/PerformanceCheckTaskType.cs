using System.Text.Json;
using Osprey.Core.Monitoring.Performance;
using Osprey.Core.Pipelines.Templates;
using static Osprey.Core.Pipelines.Tasks.SettingKind;

namespace Osprey.Core.Pipelines.Tasks.Monitoring;

/// <summary>The <c>performance_check</c> task type: scores a served model's logged predictions against their ground truth, records the series,
/// judges thresholds and can start a retraining pipeline (docs/performance-monitoring.md).</summary>
public static class PerformanceCheckTaskType
{
    /// <summary>Gets the type with the settings it accepts.</summary>
    public static SchemaTaskType Type { get; } = new("performance_check",
        "Scores a served model's predictions against the ground truth received, records model_* series, and fails or retrains when a threshold is crossed.", new(
            new SettingField("model", Text, Required: true, "the registered model whose prediction log is read"),
            new SettingField("window", Duration, Description: "how far back to look (default 7d)"),
            new SettingField("bucket", Duration, Description: "the size of each time bucket (default 1d)"),
            new SettingField("thresholds", Any, Description: "a map such as {f1: 0.6} (floors; ceilings for rmse and mae) or a list of conditions such as ['f1 < 0.6']"),
            new SettingField("version", WholeNumber, Description: "only this version (default every version that served)"),
            new SettingField("min_labelled", WholeNumber, Description: "labelled predictions a version needs to be judged (default 30)"),
            new SettingField("positive_class", Text, Description: "the positive class of a binary model (default inferred from the log)"),
            new SettingField("fail_on_degraded", SettingKind.Boolean, Description: "fail the task when the verdict is Degraded (default false)"),
            new SettingField("retrain", Map, Description: "{pipeline: NAME, cooldown: 24h}: start NAME when degraded, at most once per cooldown")),
        CheckThresholds);

    /// <summary>Reads the thresholds setting: a map of metric to value, or a list of conditions; throws <see cref="OspreyException"/> on a bad one.</summary>
    public static IReadOnlyList<PerformanceThreshold> Thresholds(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Null } => [],
        { ValueKind: JsonValueKind.Object } map => [.. map.EnumerateObject().Select(p => PerformanceThreshold.Parse($"{p.Name}={p.Value.GetRawText()}"))],
        { ValueKind: JsonValueKind.Array } list => [.. list.EnumerateArray().Select(item => PerformanceThreshold.Parse(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText()))],
        { ValueKind: JsonValueKind.String } one => [PerformanceThreshold.Parse(one.GetString()!)],
        { } other => throw OspreyException.Invalid($"'thresholds' must be a map such as {{f1: 0.6}} or a list of conditions, got {other.GetRawText()}."),
    };

    private static IEnumerable<PipelineProblem> CheckThresholds(TaskDefinition task)
    {
        var field = $"tasks.{task.Id}.with.thresholds";
        // Thresholds built from templates are only known when the run starts; the runner checks those.
        if (task.Settings["thresholds"] is not { } value || value.Sites(field).Any())
        {
            yield break;
        }
        string? problem = null;
        try
        {
            Thresholds(value.Render(NoScope.Instance, field).Value);
        }
        catch (OspreyException failure)
        {
            problem = failure.Message;
        }
        if (problem is not null)
        {
            yield return new(field, $"{field}: {problem}");
        }
    }

    /// <summary>The scope of a value without templates: nothing to resolve.</summary>
    private sealed class NoScope : ITemplateScope
    {
        public static readonly NoScope Instance = new();

        public TemplateValue Resolve(IReadOnlyList<string> path) => TemplateValue.Missing("no template values at load time");
    }
}
