namespace Osprey.Server.Contracts.Tracking;

/// <summary>The answer of an Osprey run search with <c>count_only</c>.</summary>
public sealed record CountRunsResponse(long Count);
