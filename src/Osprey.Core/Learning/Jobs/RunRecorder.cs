using System.Text;
using Osprey.Core.Artifacts;
using Osprey.Core.Tracking;

namespace Osprey.Core.Learning.Jobs;

/// <summary>Writes to one run in as few calls as MLflow's batch limits allow, and ends it FINISHED, FAILED or KILLED with the reason.</summary>
public sealed class RunRecorder(IRunService runs, IRunArtifactService artifacts, string runId, TimeProvider clock)
{
    /// <summary>The tag holding why a job failed.</summary>
    public const string ErrorTag = "osprey.error";

    /// <summary>Gets the run's id.</summary>
    public string RunId => runId;

    /// <summary>Gets the current time in Unix milliseconds.</summary>
    public long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Logs params in batches of at most 100.</summary>
    public async Task LogParamsAsync(IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken ct)
    {
        foreach (var chunk in parameters.Select(p => new Param(p.Key, p.Value)).Chunk(TrackingLimits.MaxBatchParams))
        {
            await runs.LogBatchAsync(runId, new RunBatch([], chunk, []), ct);
        }
    }

    /// <summary>Logs metrics in batches of at most 1,000.</summary>
    public async Task LogMetricsAsync(IEnumerable<Metric> metrics, CancellationToken ct)
    {
        foreach (var chunk in metrics.Chunk(TrackingLimits.MaxBatchMetrics))
        {
            await runs.LogBatchAsync(runId, new RunBatch(chunk, [], []), ct);
        }
    }

    /// <summary>Logs each metric once, all at the current time and the given step, keys prefixed.</summary>
    public Task LogMetricsAsync(IReadOnlyDictionary<string, double> metrics, string prefix, long step, CancellationToken ct)
    {
        var now = Now();
        return LogMetricsAsync(metrics.Where(m => double.IsFinite(m.Value)).Select(m => new Metric(prefix + m.Key, m.Value, now, step)), ct);
    }

    /// <summary>Sets tags (last write wins) in batches of at most 100.</summary>
    public async Task SetTagsAsync(IEnumerable<KeyValuePair<string, string>> tags, CancellationToken ct)
    {
        foreach (var chunk in tags.Select(t => new Tag(t.Key, Shorten(t.Value, TrackingLimits.MaxTagValueLength))).Chunk(TrackingLimits.MaxBatchTags))
        {
            await runs.LogBatchAsync(runId, new RunBatch([], [], chunk), ct);
        }
    }

    /// <summary>Ends the run with a status at the current time.</summary>
    public Task EndAsync(RunStatus status, CancellationToken ct) => runs.UpdateAsync(runId, new RunUpdate(status, Now(), null), ct);

    /// <summary>Ends the run FAILED (KILLED when cancelled) and records the reason, without letting a second failure hide the first.</summary>
    public async Task FailAsync(Exception error)
    {
        var status = error is OperationCanceledException ? RunStatus.Killed : RunStatus.Failed;
        var reason = error is OperationCanceledException ? "interrupted" : error.Message;
        try
        {
            // The caller's token may be what was cancelled; recording the end must still happen.
            await SetTagsAsync([KeyValuePair.Create(ErrorTag, reason)], CancellationToken.None);
            await EndAsync(status, CancellationToken.None);
        }
#pragma warning disable CA1031 // The original error is what the user must see; a failure to record it must not replace it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Writes one artifact file of the run.</summary>
    public async Task WriteArtifactAsync(string path, byte[] content, CancellationToken ct)
    {
        await using var stream = new MemoryStream(content, writable: false);
        await artifacts.WriteAsync(runId, path, stream, long.MaxValue, ct);
    }

    /// <summary>Writes one text artifact file of the run as UTF-8.</summary>
    public Task WriteArtifactAsync(string path, string content, CancellationToken ct) => WriteArtifactAsync(path, Encoding.UTF8.GetBytes(content), ct);

    private static string Shorten(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
