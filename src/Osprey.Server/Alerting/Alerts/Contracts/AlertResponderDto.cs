namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>A responder as Opsgenie writes it: a type (user, team, escalation, schedule) and a name (Opsgenie's <c>username</c> is accepted for users).</summary>
public sealed record AlertResponderDto(string? Type, string? Name, string? Username = null);
