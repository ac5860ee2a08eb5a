using Osprey.Core.Serving.Routing;

namespace Osprey.Core.Serving.Predictions;

/// <summary>What the request path hands the prediction log: references to what it already has, formatted later by the background writer.</summary>
/// <param name="givenId">The request id the client sent, or null for a generated one.</param>
/// <param name="generatedId">The generated request id number (used when <paramref name="givenId"/> is null).</param>
/// <param name="outputs">Row-major outputs, <see cref="ServedVersion.OutputCount"/> per row.</param>
public sealed class PredictionLogEntry(string? givenId, ulong generatedId, long timestamp, ServedVersion version, VersionRole role,
    PredictionInputs inputs, double[] outputs, double latencyMs)
{
    /// <summary>Creates an entry for a request whose id is already text.</summary>
    public PredictionLogEntry(string requestId, long timestamp, ServedVersion version, VersionRole role, PredictionInputs inputs, double[] outputs, double latencyMs)
        : this(requestId, 0, timestamp, version, role, inputs, outputs, latencyMs)
    {
    }

    /// <summary>Gets the id the client sent, or null.</summary>
    public string? GivenId => givenId;

    /// <summary>Gets the generated id number.</summary>
    public ulong GeneratedId => generatedId;

    /// <summary>Gets the request id as text.</summary>
    public string RequestId => givenId ?? RequestIdSource.Format(generatedId);

    /// <summary>Gets when the request arrived (Unix milliseconds).</summary>
    public long Timestamp => timestamp;

    /// <summary>Gets the version that scored the rows.</summary>
    public ServedVersion Version => version;

    /// <summary>Gets the part the version played.</summary>
    public VersionRole Role => role;

    /// <summary>Gets the rows' inputs.</summary>
    public PredictionInputs Inputs => inputs;

    /// <summary>Gets the row-major outputs.</summary>
    public double[] Outputs => outputs;

    /// <summary>Gets the request's latency up to its predictions.</summary>
    public double LatencyMs => latencyMs;

    /// <summary>Gets the number of rows.</summary>
    public int RowCount => inputs.RowCount;
}
