using System.Text.Json.Serialization;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>Source-generated JSON for performance reports: snake_case, NaN as "NaN" (a metric that could not be computed).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    WriteIndented = true)]
[JsonSerializable(typeof(PerformanceReport))]
public sealed partial class PerformanceJsonContext : JsonSerializerContext;
