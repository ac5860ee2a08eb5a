using System.Globalization;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Pipelines.Tasks.Validation;

namespace Osprey.Core.Pipelines.Tasks.Learning;

/// <summary>Runs <c>batch_predict</c> tasks: scores a CSV file with <see cref="BatchScoringJob"/> into OUTPUT/part-00000.csv under the workspace;
/// outputs path, rows, rows_above_threshold (positive probability at or above summary_threshold), model_uri and version.</summary>
public sealed class BatchPredictTaskRunner(JobServicesSource services) : ITaskRunner
{
    /// <summary>The name of the file written in the output folder.</summary>
    public const string PartFile = "part-00000.csv";

    /// <inheritdoc/>
    public string Type => LearningTaskTypes.BatchPredict.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var settings = run.Settings;
        var folder = OutputFolder(run, settings.OptionalText("output") ?? $"predictions/{run.Dispatch.Pipeline}/{run.Dispatch.RunId}");
        var threshold = settings.OptionalNumber("summary_threshold") ?? 0.5;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, PartFile);
        var request = new BatchScoringRequest(settings.Text("model"), new DataFile(run.ResolvePath(settings.Text("data"))), path)
        {
            Keep = [.. settings.List("keep").Select(k => k.ToString())],
        };
        var result = await new BatchScoringJob(await services(run, ct), run.Clock).RunAsync(request, null, ct);
        var above = CountAbove(path, result.Columns, threshold);
        run.Log.Line(string.Create(CultureInfo.InvariantCulture, $"scored {result.Rows} rows with {result.Model.Reference} into {path}; {above} at or above {threshold}"));
        return TaskResult.Succeeded(new OutputMap()
            .Add("path", path)
            .Add("rows", result.Rows)
            .Add("rows_above_threshold", above)
            .Add("model_uri", result.Model.Reference)
            .Add("version", result.Model.Version?.Version)
            .Build());
    }

    private static string OutputFolder(TaskRun run, string output)
    {
        var home = Path.GetFullPath(run.Home);
        var folder = Path.GetFullPath(Path.Combine(home, output));
        if (!folder.StartsWith(home.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new TaskSettingsException($"tasks.{run.Dispatch.TaskId}.with.output must be a folder inside the workspace ({home}), got '{output}'");
        }
        return folder;
    }

    /// <summary>Counts rows whose last probability column (the positive class of a binary model) is at least <paramref name="threshold"/>; 0 without one.</summary>
    private static int CountAbove(string path, IReadOnlyList<string> columns, double threshold)
    {
        var column = columns.Select((name, index) => (name, index)).LastOrDefault(c => c.name.StartsWith("probability_", StringComparison.Ordinal));
        if (column.name is null)
        {
            return 0;
        }
        using var reader = new StreamReader(path);
        var records = new CsvRecordReader(reader, ',');
        records.Read();
        var count = 0;
        while (records.Read() is { } record)
        {
            if (record.Count > column.index && double.TryParse(record[column.index], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p >= threshold)
            {
                count++;
            }
        }
        return count;
    }
}
