namespace Osprey.Server.Contracts.Tracking;

/// <summary>The query of Osprey's <c>runs/get-many</c>: several run ids (<c>run_ids=a&amp;run_ids=b</c>).</summary>
public sealed record RunIdsRequest(IReadOnlyList<string>? RunIds);
