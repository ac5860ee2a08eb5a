namespace Osprey.Serving.Api;

/// <summary>The body of an admin call: a version (canary, shadow), a share in percent (canary) and a reason recorded in the registry (promote, rollback).</summary>
internal sealed record AdminRequest(int? Version, double? Percent, string? Reason);
