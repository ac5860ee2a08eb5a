namespace Osprey.Core.Registry;

/// <summary>Who makes a registry move, when, and why; recorded in the model's history.</summary>
public sealed record RegistryChange(string Actor, string? Reason, long Now);
