namespace Osprey.Server.Contracts.Registry;

/// <summary>The history entry a registry move recorded, such as a rollback.</summary>
public sealed record RegistryEventResponse(RegistryEventDto Event);
