namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>One alert of an Alertmanager notification.</summary>
public sealed record AlertmanagerAlert(
    string? Status,
    IReadOnlyDictionary<string, string>? Labels,
    IReadOnlyDictionary<string, string>? Annotations,
    string? StartsAt,
    string? EndsAt,
    string? GeneratorUrl,
    string? Fingerprint);
