namespace Osprey.Core.Tracking;

/// <summary>A run with its latest metric values, params, tags and data set inputs.</summary>
public sealed record Run(
    RunInfo Info,
    IReadOnlyList<Metric> Metrics,
    IReadOnlyList<Param> Params,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<DatasetInput> Inputs);
