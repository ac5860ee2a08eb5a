namespace Osprey.Server.Contracts.Registry;

/// <summary>The body (or query) of <c>registered-models/alias</c> (set, delete, get); Osprey's endpoints also record <see cref="Reason"/>.</summary>
public sealed record AliasRequest(string? Name, string? Alias, string? Version, string? Reason = null);
