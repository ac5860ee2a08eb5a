namespace Osprey.Core.Security;

/// <summary>A named API token; only its SHA-256 hash is stored.</summary>
public sealed record ApiToken(string Name, string Hash, long CreatedAt, long? LastUsedAt);
