namespace Osprey.Core.Tracking;

/// <summary>MLflow's size limits, which Osprey enforces identically so MLflow clients see the same errors.</summary>
public static class TrackingLimits
{
    public const int MaxKeyLength = 250;
    public const int MaxParamValueLength = 6000;
    public const int MaxTagValueLength = 5000;
    public const int MaxExperimentNameLength = 500;
    public const int MaxRunNameLength = 250;
    public const int MaxBatchMetrics = 1000;
    public const int MaxBatchParams = 100;
    public const int MaxBatchTags = 100;
    public const int MaxBatchEntities = 1000;
    public const int MaxSearchResults = 50_000;
    public const int DefaultSearchResults = 1000;
    public const int MaxMetricHistoryResults = 100_000;
}
