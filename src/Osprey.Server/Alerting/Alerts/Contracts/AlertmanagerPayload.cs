namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>Alertmanager's webhook body (version 4): the group's key and status and its alerts.</summary>
public sealed record AlertmanagerPayload(
    string? Version,
    string? GroupKey,
    int? TruncatedAlerts,
    string? Status,
    string? Receiver,
    IReadOnlyDictionary<string, string>? GroupLabels,
    IReadOnlyDictionary<string, string>? CommonLabels,
    IReadOnlyDictionary<string, string>? CommonAnnotations,
    string? ExternalUrl,
    IReadOnlyList<AlertmanagerAlert>? Alerts);
