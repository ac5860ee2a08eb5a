using System.Globalization;
using System.Text.Json;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Monitoring.Triggers;
using Osprey.Core.Pipelines.Tasks.Learning;

namespace Osprey.Core.Pipelines.Tasks.Monitoring;

/// <summary>
/// Runs <c>drift_check</c> tasks: outputs dataset_drift, drift_share, drifted_count and drifted_columns (and report when written); fails only with
/// <c>fail_on_drift</c>. With <c>retrain</c> and a trigger, dataset drift asks the trigger to start the named pipeline (its cooldown applies).
/// </summary>
public sealed class DriftCheckTaskRunner(DriftServicesSource services, IRetrainTrigger? retrain = null) : ITaskRunner
{
    /// <inheritdoc/>
    public string Type => MonitoringTaskTypes.DriftCheck.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var settings = run.Settings;
        var request = Request(run);
        var result = await new DriftCheck(await services(run, ct), run.Clock).RunAsync(request, null, ct);
        run.Log.Line(string.Create(CultureInfo.InvariantCulture,
            $"dataset drift: {(result.DatasetDrift ? "yes" : "no")}; {result.DriftedColumns} of {result.TestedColumns} columns drifted (share {result.DriftShare:0.###}): {string.Join(", ", result.DriftedNames)}"));
        var outputs = new OutputMap()
            .Add("dataset_drift", result.DatasetDrift).Add("drift_share", result.DriftShare)
            .Add("drifted_count", result.DriftedColumns).Add("drifted_columns", result.DriftedNames);
        if (request.ReportPath is { } report)
        {
            outputs.Add("report", report);
        }
        if (result.DatasetDrift && RetrainRequest(run, result) is { } retrainRequest)
        {
            var outcome = retrain is null
                ? throw new TaskSettingsException($"tasks.{run.Dispatch.TaskId}.with.retrain is set but this worker has no retrain trigger")
                : await retrain.FireAsync(retrainRequest, ct);
            run.Log.Line($"retrain {retrainRequest.Pipeline}: {outcome.Explanation}");
            outputs.Add("retrain_fired", outcome.Fired);
        }
        var message = $"dataset drift {(result.DatasetDrift ? "detected" : "not detected")} ({result.DriftedColumns} of {result.TestedColumns} columns)";
        return result.DatasetDrift && settings.Boolean("fail_on_drift", false)
            ? new TaskResult(Runs.TaskOutcome.Failed, outputs.Build(), message)
            : TaskResult.Succeeded(outputs.Build(), message);
    }

    private static DriftRequest Request(TaskRun run)
    {
        var settings = run.Settings;
        var reference = settings.Text("reference");
        var isModel = reference.StartsWith("models:/", StringComparison.OrdinalIgnoreCase);
        var options = new DriftOptions
        {
            Target = settings.OptionalText("target"), Prediction = settings.OptionalText("prediction"),
            Exclude = settings.List("exclude").Select(e => e.ToString()).ToList(),
            DriftShare = settings.OptionalNumber("drift_share") ?? 0.5,
            ColumnTests = settings.TextMap("tests").ToDictionary(p => p.Key, p => Parse(run, p.Key, p.Value)),
            Thresholds = settings.TextMap("thresholds").ToDictionary(p => p.Key, p => Threshold(run, p.Key, p.Value)),
        };
        return new DriftRequest(isModel ? null : run.ResolvePath(reference), isModel ? reference : null,
            settings.OptionalText("current") is { } current ? run.ResolvePath(current) : null, settings.OptionalText("current_model"),
            settings.OptionalDuration("window"), options)
        {
            ReportPath = settings.OptionalText("report") is { } report ? run.ResolvePath(report) : null,
            JsonPath = settings.OptionalText("json") is { } json ? run.ResolvePath(json) : null,
            Subject = settings.OptionalText("current_model") ?? $"{run.Dispatch.Pipeline}.{run.Dispatch.TaskId}",
        };
    }

    private static RetrainRequest? RetrainRequest(TaskRun run, DriftResult result)
    {
        if (run.Settings.Value("retrain") is not { ValueKind: JsonValueKind.Object } retrain)
        {
            return null;
        }
        var field = $"tasks.{run.Dispatch.TaskId}.with.retrain";
        var pipeline = retrain.TryGetProperty("pipeline", out var name) && name.GetString() is { Length: > 0 } text
            ? text : throw new TaskSettingsException($"{field}.pipeline is required: the pipeline to start on dataset drift");
        var cooldown = TimeSpan.FromHours(24);
        if (retrain.TryGetProperty("cooldown", out var value) && !DurationText.TryParse(value.ToString(), out cooldown))
        {
            throw new TaskSettingsException($"{field}.cooldown must be a duration such as 24h, got '{value}'");
        }
        var reason = string.Create(CultureInfo.InvariantCulture, $"dataset drift: {result.DriftedColumns} of {result.TestedColumns} columns drifted ({string.Join(", ", result.DriftedNames)})");
        return new RetrainRequest($"{run.Dispatch.Pipeline}.{run.Dispatch.TaskId}", pipeline, cooldown, reason);
    }

    private static DriftTest Parse(TaskRun run, string column, string test)
    {
        try
        {
            return DriftTests.Parse(test, $"tasks.{run.Dispatch.TaskId}.with.tests.{column}");
        }
        catch (OspreyException error)
        {
            throw new TaskSettingsException(error.Message);
        }
    }

    private static double Threshold(TaskRun run, string column, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value : throw new TaskSettingsException($"tasks.{run.Dispatch.TaskId}.with.thresholds.{column} must be a non-negative number, got '{text}'");
}
