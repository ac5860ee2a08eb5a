namespace Osprey.Server.Contracts.Registry;

/// <summary>The query of Osprey's <c>registered-models/alias/at</c>: which version held an alias or stage at a Unix-millisecond time.</summary>
public sealed record AliasAtRequest(string? Name, string? Alias, long? Timestamp);
