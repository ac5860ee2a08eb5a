namespace Osprey.Core.Alerting;

/// <summary>Who an alert asks for: <paramref name="Type"/> is <c>user</c>, <c>team</c>, <c>escalation</c> or <c>schedule</c>, <paramref name="Name"/> names it.</summary>
public sealed record AlertResponder(string Type, string Name);
