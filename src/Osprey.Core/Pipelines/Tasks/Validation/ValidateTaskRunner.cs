using System.Text.Json;

namespace Osprey.Core.Pipelines.Tasks.Validation;

/// <summary>Runs <c>validate</c> tasks: reads a CSV file once, applies every check, and fails the try naming each check that failed.</summary>
/// <remarks>A minimal set until the monitoring checks exist; outputs are <c>rows</c>, <c>columns</c> and <c>checks</c> (how many passed).</remarks>
public sealed class ValidateTaskRunner : ITaskRunner
{
    /// <inheritdoc/>
    public string Type => BuiltInTaskTypes.Validate.Name;

    /// <inheritdoc/>
    public Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct) => Task.FromResult(Run(run, ct));

    private static TaskResult Run(TaskRun run, CancellationToken ct)
    {
        var settings = run.Settings;
        var checks = DataCheckParser.Parse(run.Dispatch.TaskId, settings.List("checks"));
        var delimiter = settings.OptionalText("delimiter") is { Length: 1 } d ? d[0] : ',';
        var path = run.ResolvePath(settings.Text("data"));
        if (!File.Exists(path))
        {
            return TaskResult.Failed($"tasks.{run.Dispatch.TaskId}.with.data: the file '{path}' does not exist");
        }
        using var reader = new StreamReader(path);
        var records = new CsvRecordReader(reader, delimiter);
        var header = records.Read() ?? [];
        var columns = header.Select((name, i) => (name: name.Trim(), i)).GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        if (checks.Select(c => c.Bind(columns)).FirstOrDefault(e => e is not null) is { } bindError)
        {
            return TaskResult.Failed($"{bindError} (it has {string.Join(", ", header)})");
        }
        long rows = 0;
        while (records.Read() is { } row)
        {
            ct.ThrowIfCancellationRequested();
            if (row is [""])
            {
                continue;
            }
            rows++;
            foreach (var check in checks)
            {
                check.Observe(row);
            }
        }
        var failures = checks.Select(c => (c.Name, Verdict: c.Verdict(rows))).ToList();
        foreach (var (name, verdict) in failures)
        {
            run.Log.Note(verdict is null ? $"passed {name}" : $"FAILED {verdict}");
        }
        var failed = failures.Where(f => f.Verdict is not null).Select(f => f.Verdict!).ToList();
        return failed.Count > 0
            ? TaskResult.Failed($"{failed.Count} of {checks.Count} checks failed on {Path.GetFileName(path)}: {string.Join("; ", failed)}")
            : TaskResult.Succeeded(new Dictionary<string, JsonElement>
            {
                ["rows"] = JsonSerializer.SerializeToElement(rows),
                ["columns"] = JsonSerializer.SerializeToElement(header.Count),
                ["checks"] = JsonSerializer.SerializeToElement(checks.Count),
            });
    }
}
