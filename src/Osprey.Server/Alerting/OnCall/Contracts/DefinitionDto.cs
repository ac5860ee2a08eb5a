namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>An on-call definition created over the API, as the text it was sent in.</summary>
public sealed record DefinitionDto(string Kind, string Name, string Text, DateTimeOffset UpdatedAt);
