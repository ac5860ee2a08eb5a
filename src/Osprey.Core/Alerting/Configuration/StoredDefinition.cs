namespace Osprey.Core.Alerting.Configuration;

/// <summary>An on-call definition created over the API or CLI: its kind, name, YAML (or JSON) text and when it was last written (Unix milliseconds).</summary>
public sealed record StoredDefinition(DefinitionKind Kind, string Name, string Text, long UpdatedAt);
