namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>Opsgenie's create-alert body: only <c>message</c> is required; priority is <c>P1</c>–<c>P5</c>, P3 when absent.</summary>
public sealed record CreateAlertRequest(
    string? Message,
    string? Alias,
    string? Priority,
    IReadOnlyList<string>? Tags,
    IReadOnlyDictionary<string, string>? Details,
    string? Entity,
    string? Source,
    string? Description,
    IReadOnlyList<string>? Actions,
    IReadOnlyList<AlertResponderDto>? Responders,
    string? User,
    string? Note);
