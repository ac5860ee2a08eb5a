using Osprey.Core.Serving.Routing;

namespace Osprey.Core.Serving.Predictions;

/// <summary>What the request path hands the prediction log: references to what it already has, formatted later by the background writer.</summary>
/// <param name="outputs">Row-major outputs, <see cref="ServedVersion.OutputCount"/> per row.</param>
public sealed class PredictionLogEntry(string requestId, long timestamp, ServedVersion version, VersionRole role, PredictionInputs inputs, double[] outputs, double latencyMs)
{
    /// <summary>Gets the request id.</summary>
    public string RequestId => requestId;

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
