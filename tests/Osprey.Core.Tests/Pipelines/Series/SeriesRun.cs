using Osprey.Core.Monitoring.Series;
using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Series;
using Osprey.Core.Tests.Pipelines.Runs;
using Osprey.TestKit;

namespace Osprey.Core.Tests.Pipelines.Series;

/// <summary>A run driven through the state machine (ingest → train, uniquely named pipeline) whose every step a recorder hears, as the stepper would tell it.</summary>
internal sealed class SeriesRun
{
    private long _version;

    public SeriesRun(PipelineSeriesRecorder recorder, ManualTimeProvider? clock = null, int retries = 0)
    {
        Recorder = recorder;
        Pipeline = Some.Name("etl");
        var builder = new PipelineBuilder(Pipeline)
            .Task("ingest", "shell", t => t.Retries(retries))
            .Task("train", "shell", t => t.DependsOn("ingest"));
        Driver = new RunDriver(builder.Build().ValueOrThrow(), clock);
        Tell(Driver.Last);
    }

    public string Pipeline { get; }

    public RunDriver Driver { get; }

    public PipelineSeriesRecorder Recorder { get; }

    public long Now => Driver.Clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Starts a task's try, lets <paramref name="took"/> pass, and ends it with <paramref name="outcome"/>.</summary>
    public void Try(string taskId, TaskOutcome outcome, TimeSpan took)
    {
        Tell(Driver.Start(taskId));
        Driver.Clock.Advance(took);
        Tell(Driver.Apply(new TaskEnded(taskId, Driver[taskId].TryNumber, outcome, Driver.Clock.GetUtcNow(), Message: outcome.ToString())));
    }

    /// <summary>Moves the clock and tells the run (a retry coming due).</summary>
    public void Advance(TimeSpan by) => Tell(Driver.Advance(by));

    public static IReadOnlyDictionary<string, string> Labels(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public static List<SeriesPoint> Named(IEnumerable<SeriesPoint> points, string name) => [.. points.Where(p => p.Name == name)];

    private void Tell(RunStep step) => Recorder.OnStepped(new RunStepped(Driver.State.Context.RunId, step, ++_version));
}
