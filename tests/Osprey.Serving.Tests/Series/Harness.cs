using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Series;
using Osprey.TestKit;
using Osprey.TestKit.Series;

namespace Osprey.Serving.Tests.Series;

/// <summary>A recorder over a fake clock and an in-memory store, reading versions a test adds with their roles.</summary>
internal sealed class Harness
{
    private readonly ServingMetrics _metrics = new(new MetricRegistry());
    private readonly List<ServedSeries> _served = [];

    public Harness()
    {
        Recorder = new ServingSeriesRecorder(Store, Clock, TimeSpan.FromSeconds(15), () => _served.ToList(), () => Dropped);
    }

    public string Model { get; } = Some.Name("served");

    public ManualTimeProvider Clock { get; } = new();

    public MemorySeriesStore Store { get; } = new();

    public ServingSeriesRecorder Recorder { get; }

    public long Dropped { get; set; }

    public ServedSeries Version(string role)
    {
        var version = (_served.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var served = new ServedSeries(Model, version, role, _metrics.ForVersion(Model, version, []));
        _served.Add(served);
        return served;
    }
}
