using System.Text.Json;
using Osprey.Core.Data;
using Osprey.Core.Monitoring.Checks;
using Osprey.Core.Monitoring.Checks.Yaml;
using Osprey.Core.Monitoring.Series;

namespace Osprey.Core.Pipelines.Tasks.Validation;

/// <summary>Runs <c>validate</c> tasks: reads a CSV file into a table, runs a check suite (a file, inline checks, or both) in one pass, logs the result table,
/// records the quality score when a series store is given, and fails the try when a check fails (warnings do not fail it).</summary>
/// <param name="series">Where to record <c>data_quality_score</c>, or null to record nothing.</param>
public sealed class ValidateTaskRunner(ISeriesStore? series = null) : ITaskRunner
{
    /// <inheritdoc/>
    public string Type => BuiltInTaskTypes.Validate.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var settings = run.Settings;
        var taskId = run.Dispatch.TaskId;
        var path = run.ResolvePath(settings.Text("data"));
        if (!File.Exists(path))
        {
            return TaskResult.Failed($"tasks.{taskId}.with.data: the file '{path}' does not exist");
        }
        var (suite, dataSet, problem) = LoadSuite(run);
        if (suite is null)
        {
            return TaskResult.Failed(problem!);
        }
        SuiteResult result;
        try
        {
            var delimiter = settings.OptionalText("delimiter") is { Length: 1 } d ? d[0] : (char?)null;
            var table = CsvTableReader.Read(path, new CsvOptions { Delimiter = delimiter });
            result = new CheckEngine(run.Clock).Run(suite, table, settings.OptionalText("data_set") ?? dataSet ?? Path.GetFileNameWithoutExtension(path), ct);
        }
        catch (OspreyException e)
        {
            return TaskResult.Failed($"tasks.{taskId}: {e.Message}");
        }
        run.Log.Line(SuiteReport.Summary(result));
        foreach (var line in SuiteReport.Lines(result))
        {
            run.Log.Line(line);
        }
        await QualityScoreRecorder.RecordAsync(series, result, run.Clock, ct);
        if (result.Status == CheckStatus.Fail)
        {
            var failed = result.Checks.Where(c => c.Status == CheckStatus.Fail).Select(c => $"{c.Name}: {c.Message}");
            return TaskResult.Failed($"{result.Failed} of {result.Checks.Count} checks failed on {Path.GetFileName(path)}: {string.Join("; ", failed)}");
        }
        return TaskResult.Succeeded(Outputs(result), result.Warned > 0 ? $"{result.Warned} checks warned" : null);
    }

    private static (CheckSuite? Suite, string? DataSet, string? Problem) LoadSuite(TaskRun run)
    {
        var taskId = run.Dispatch.TaskId;
        var checks = new List<CheckSpec>();
        string? name = null;
        string? dataSet = null;
        if (run.Settings.OptionalText("suite") is { } suitePath)
        {
            var full = run.ResolvePath(suitePath);
            if (!File.Exists(full))
            {
                return (null, null, $"tasks.{taskId}.with.suite: the file '{full}' does not exist");
            }
            var loaded = CheckSuiteLoader.LoadFile(full);
            if (loaded.Suite is null)
            {
                return (null, null, string.Join(Environment.NewLine, loaded.Errors.Select(e => e.ToString())));
            }
            (name, dataSet) = (loaded.Suite.Name, loaded.DataSet);
            checks.AddRange(loaded.Suite.Checks);
        }
        if (run.Settings.Value("checks") is { } inline)
        {
            var (specs, errors) = CheckSuiteLoader.FromJson(inline, $"tasks.{taskId}.with.checks");
            if (errors.Count > 0)
            {
                return (null, null, string.Join(Environment.NewLine, errors));
            }
            checks.AddRange(specs);
        }
        return checks.Count == 0
            ? (null, null, $"tasks.{taskId}.with: give suite (a check suite file) or checks (a list of checks), or both")
            : (new CheckSuite(name ?? $"{run.Dispatch.Pipeline}.{taskId}", checks), dataSet, null);
    }

    private static Dictionary<string, JsonElement> Outputs(SuiteResult result) => new()
    {
        ["rows"] = JsonSerializer.SerializeToElement(result.Rows),
        ["checks"] = JsonSerializer.SerializeToElement(result.Checks.Count),
        ["passed"] = JsonSerializer.SerializeToElement(result.Passed),
        ["warned"] = JsonSerializer.SerializeToElement(result.Warned),
        ["failed"] = JsonSerializer.SerializeToElement(result.Failed),
        ["score"] = JsonSerializer.SerializeToElement(Math.Round(result.Score, 2)),
    };
}
