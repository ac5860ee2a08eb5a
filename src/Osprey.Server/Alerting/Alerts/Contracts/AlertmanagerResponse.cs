namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>What a webhook notification did: alerts raised (new or repeated) and alerts closed.</summary>
public sealed record AlertmanagerResponse(string RequestId, int Raised, int Resolved, IReadOnlyList<string> AlertIds);
