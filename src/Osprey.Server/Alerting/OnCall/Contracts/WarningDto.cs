namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>One problem found by the on-call check.</summary>
public sealed record WarningDto(string Subject, string Message);
