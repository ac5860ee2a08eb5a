namespace Osprey.Core.Monitoring.Triggers;

/// <summary>The outcome of a cooldown claim: whether it was granted, and the firing that holds the pair (the new one when granted; Unix milliseconds).</summary>
public sealed record CooldownClaim(bool Claimed, long FiredAt, string? RunId, string Reason);
