using Osprey.Core.Alerting.Uptime;
using Osprey.Core.Monitoring.Series;
using Osprey.TestKit;

namespace Osprey.Core.Tests.Alerting.Uptime;

/// <summary>An engine over in-memory parts and a manual clock; <see cref="AdvanceAsync"/> moves time in steps, running what falls due at each.</summary>
internal sealed class EngineHarness : IUptimeLog
{
    public EngineHarness(IProbe? probe = null, ISeriesStore? series = null)
    {
        Probe = probe ?? new ScriptedProbe();
        Engine = new UptimeEngine(Store, Sink, series, new UptimeProbes(Probe, Probe), Clock, this);
    }

    public ManualTimeProvider Clock { get; } = new();

    public MemoryUptimeStore Store { get; } = new();

    public RecordingAlertSink Sink { get; } = new();

    public IProbe Probe { get; }

    public UptimeEngine Engine { get; }

    public List<string> Failures { get; } = [];

    public long Now => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    public MonitorState StateOf(string name) => Engine.Statuses().Single(s => s.Monitor == name).State;

    /// <summary>Advances the clock by <paramref name="total"/> in steps of <paramref name="step"/>, running due work after each step.</summary>
    public async Task AdvanceAsync(TimeSpan total, TimeSpan step)
    {
        for (var moved = TimeSpan.Zero; moved < total; moved += step)
        {
            Clock.Advance(step);
            await Engine.RunDueAsync(CancellationToken.None);
        }
    }

    public void Failed(string monitor, string what, Exception error) => Failures.Add($"{monitor}: {what}: {error.Message}");
}
