namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>The body of <c>POST /api/notifications/test</c>: the channel to test and an optional message.</summary>
public sealed record TestNotificationRequest(string? Channel, string? Message);
