namespace Osprey.Server.Monitoring.Contracts;

/// <summary><c>POST /api/osprey/monitoring/performance</c>: the options of <c>osprey monitor performance</c>; durations as text such as <c>7d</c>,
/// thresholds as <c>f1=0.6</c> or <c>f1 &lt; 0.6</c>; <paramref name="Record"/> (default true) records the model_* series on the server.</summary>
public sealed record PerformanceCheckRequest(
    string? Model,
    string? Window = null,
    string? Bucket = null,
    IReadOnlyList<string>? Thresholds = null,
    int? Version = null,
    int? MinLabelled = null,
    string? PositiveClass = null,
    bool? Record = null);
