namespace Osprey.Server.Contracts.Registry;

/// <summary>One entry of a model's stage and alias history; <see cref="Kind"/> is STAGE_TRANSITION, ALIAS_SET or ALIAS_DELETED.</summary>
public sealed record RegistryEventDto(long Id, string ModelName, string Kind, string Target, string? FromVersion, string? ToVersion, string Actor, string? Reason, long Timestamp);
