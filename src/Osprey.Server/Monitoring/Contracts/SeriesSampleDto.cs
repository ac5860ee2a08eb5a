namespace Osprey.Server.Monitoring.Contracts;

/// <summary>One sample: Unix milliseconds and a value (NaN and infinities travel as "NaN", "Infinity", "-Infinity").</summary>
public sealed record SeriesSampleDto(long Timestamp, double Value);
