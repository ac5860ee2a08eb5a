using System.Text.Json.Serialization;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>The judgement of a performance check: within thresholds, past one, or not enough labelled predictions to say.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PerformanceVerdict>))]
public enum PerformanceVerdict
{
    /// <summary>Enough labelled predictions and no threshold breached.</summary>
    Healthy,
    /// <summary>At least one threshold breached.</summary>
    Degraded,
    /// <summary>Fewer labelled predictions than the minimum; nothing is judged.</summary>
    InsufficientData,
}
