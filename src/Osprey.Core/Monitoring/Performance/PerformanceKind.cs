using System.Text.Json.Serialization;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>What a served model predicts, as read from its prediction log.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PerformanceKind>))]
public enum PerformanceKind
{
    /// <summary>Two classes with the positive class's probability in the <c>probability</c> output.</summary>
    Binary,
    /// <summary>More than two classes, with <c>probability_&lt;class&gt;</c> outputs.</summary>
    Multiclass,
    /// <summary>A number in the <c>prediction</c> output; ground truth is a number as text.</summary>
    Regression,
}
