namespace Osprey.Server.Contracts.Tracking;

/// <summary>A run parameter.</summary>
public sealed record ParamDto(string Key, string Value);
