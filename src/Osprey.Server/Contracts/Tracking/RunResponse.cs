namespace Osprey.Server.Contracts.Tracking;

/// <summary>The answer of <c>runs/create</c> and <c>runs/get</c>.</summary>
public sealed record RunResponse(RunDto Run);
