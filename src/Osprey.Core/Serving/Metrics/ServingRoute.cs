namespace Osprey.Core.Serving.Metrics;

/// <summary>The inference routes requests are counted under.</summary>
public enum ServingRoute
{
    /// <summary><c>POST /predict</c>: one row.</summary>
    Predict,
    /// <summary><c>POST /predict/batch</c>: JSON rows or a CSV upload.</summary>
    PredictBatch,
    /// <summary><c>POST /v1/models/&lt;name&gt;:predict</c> (KServe V1).</summary>
    V1Predict,
    /// <summary><c>POST /v2/models/&lt;name&gt;/infer</c> (Open Inference Protocol V2).</summary>
    V2Infer,
}
