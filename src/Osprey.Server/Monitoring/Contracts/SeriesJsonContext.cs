using System.Text.Json.Serialization;

namespace Osprey.Server.Monitoring.Contracts;

/// <summary>Source-generated JSON for the series API, snake_case like the rest of <c>/api/osprey</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(SeriesResponse))]
[JsonSerializable(typeof(SeriesNamesResponse))]
public sealed partial class SeriesJsonContext : JsonSerializerContext;
