namespace Osprey.Core.Tracking;

/// <summary>Metrics, params and tags written to one run all-or-nothing.</summary>
public sealed record RunBatch(IReadOnlyList<Metric> Metrics, IReadOnlyList<Param> Params, IReadOnlyList<Tag> Tags)
{
    /// <summary>A batch with nothing in it.</summary>
    public static readonly RunBatch Empty = new([], [], []);
}
