using System.Text.Json;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Pipelines.Templates;
using static Osprey.Core.Pipelines.Tasks.SettingKind;

namespace Osprey.Core.Pipelines.Tasks.Monitoring;

/// <summary>The monitoring task types: <c>drift_check</c> and <c>performance_check</c>.</summary>
public static class MonitoringTaskTypes
{
    /// <summary>Compares current data with a reference and outputs dataset_drift, drift_share and the drifted columns.</summary>
    public static SchemaTaskType DriftCheck { get; } = new("drift_check",
        "Compares current data with a reference column by column; outputs dataset_drift, drift_share and drifted_columns, and can start a retraining pipeline.", new(
        new SettingField("reference", Text, Description: "the reference: a CSV file, a profile .json, or a model URI such as models:/churn@champion (its training data)"),
        new SettingField("current", Text, Description: "the current data: a CSV file"),
        new SettingField("current_model", Text, Description: "a served model whose logged predictions are the current data"),
        new SettingField("window", Duration, Description: "how far back current_model reads (default 7d)"),
        new SettingField("target", Text), new SettingField("prediction", Text),
        new SettingField("exclude", List, Description: "columns not to compare"),
        new SettingField("tests", Map, Description: "per-column tests, such as tenure: psi"),
        new SettingField("thresholds", Map, Description: "per-column thresholds, such as tenure: 0.2"),
        new SettingField("drift_share", Number, Description: "the share of drifted columns that means dataset drift (default 0.5)"),
        new SettingField("report", Text, Description: "where to write the HTML report"),
        new SettingField("json", Text, Description: "where to write the JSON result"),
        new SettingField("fail_on_drift", SettingKind.Boolean, Description: "fail the task when dataset drift is detected (default false)"),
        new SettingField("retrain", Map, Description: "{pipeline: NAME, cooldown: 24h}: start that pipeline when dataset drift is detected")),
        Check);

    /// <summary>Gets every monitoring type.</summary>
    public static IReadOnlyList<ITaskType> All { get; } = [DriftCheck, PerformanceCheckTaskType.Type];

    private static IEnumerable<PipelineProblem> Check(TaskDefinition task)
    {
        var field = $"tasks.{task.Id}.with";
        if (task.Settings["reference"] is null)
        {
            yield return new(field, $"{field}.reference is required for drift_check tasks (a CSV file, a profile .json or models:/NAME@ALIAS)");
        }
        if ((task.Settings["current"] is null) == (task.Settings["current_model"] is null))
        {
            yield return new(field, $"{field} needs exactly one of 'current' (a CSV file) or 'current_model' (a served model's predictions)");
        }
        if (task.Settings["tests"] is TemplatedMap tests)
        {
            foreach (var (column, value) in tests.Entries)
            {
                if (value is TemplatedLiteral { Value.ValueKind: JsonValueKind.String } literal
                    && Problem(() => DriftTests.Parse(literal.Value.GetString()!, $"{field}.tests.{column}")) is { } problem)
                {
                    yield return new($"{field}.tests.{column}", problem);
                }
            }
        }
        if (task.Settings["retrain"] is TemplatedMap retrain && retrain["pipeline"] is null)
        {
            yield return new($"{field}.retrain", $"{field}.retrain needs 'pipeline': the pipeline to start when dataset drift is detected");
        }
    }

    private static string? Problem(Action check)
    {
        try
        {
            check();
            return null;
        }
        catch (OspreyException error)
        {
            return error.Message;
        }
    }
}
