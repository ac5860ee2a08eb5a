namespace Osprey.Serving.Api;

/// <summary>Limits and switches of the serving endpoints.</summary>
public sealed record ServingApiOptions
{
    /// <summary>Gets the largest body of a single-row call (<c>/predict</c>, <c>/feedback</c>, admin calls).</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Gets the largest body of a batch call (<c>/predict/batch</c>, KServe V1 and V2).</summary>
    public long MaxBatchBodyBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Gets the most rows one batch call may hold.</summary>
    public int MaxBatchRows { get; init; } = 1_000_000;
}
