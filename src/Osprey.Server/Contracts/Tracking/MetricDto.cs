using System.Text.Json.Serialization;

namespace Osprey.Server.Contracts.Tracking;

/// <summary>One metric observation; <see cref="Value"/> may be NaN or infinite (rendered as "NaN", "Infinity", "-Infinity").</summary>
public sealed record MetricDto(string Key, double Value, long Timestamp, long Step)
{
    /// <summary>Creates an empty metric for the deserializer, which then sets the members it finds.</summary>
    /// <remarks>Log-batch parses a thousand of these per request; setting members is about a third faster than the constructor path.</remarks>
    [JsonConstructor]
    public MetricDto()
        : this(null!, 0, 0, 0)
    {
    }

    /// <summary>Gets the logged model (MLflow 3) the observation is linked to, if any.</summary>
    public string? ModelId { get; init; }

    /// <summary>Gets the run that logged the observation, where a listing mixes runs (a logged model's metrics).</summary>
    public string? RunId { get; init; }

    /// <summary>Gets the name of the data set the observation was measured on, if any.</summary>
    public string? DatasetName { get; init; }

    /// <summary>Gets the digest of the data set the observation was measured on, if any.</summary>
    public string? DatasetDigest { get; init; }
}
