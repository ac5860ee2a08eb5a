namespace Osprey.Core.Alerting.Configuration;

/// <summary>A named group of users; a team target notifies every member.</summary>
public sealed record TeamDefinition(string Name, IReadOnlyList<string> Members);
