namespace Osprey.Core.Tracking;

/// <summary>A run parameter; write-once per key.</summary>
public sealed record Param(string Key, string Value);
