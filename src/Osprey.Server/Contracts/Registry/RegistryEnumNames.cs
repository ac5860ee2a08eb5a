using Osprey.Core;
using Osprey.Core.Registry;

namespace Osprey.Server.Contracts.Registry;

/// <summary>MLflow's JSON names of the registry enums, in both directions; parsing is case-insensitive and names the field on failure.</summary>
public static class RegistryEnumNames
{
    /// <summary>Gets None, Staging, Production or Archived.</summary>
    public static string Name(ModelStage stage) => stage switch
    {
        ModelStage.Staging => "Staging",
        ModelStage.Production => "Production",
        ModelStage.Archived => "Archived",
        _ => "None",
    };

    /// <summary>Gets PENDING_REGISTRATION, FAILED_REGISTRATION or READY.</summary>
    public static string Name(ModelVersionStatus status) => status switch
    {
        ModelVersionStatus.PendingRegistration => "PENDING_REGISTRATION",
        ModelVersionStatus.FailedRegistration => "FAILED_REGISTRATION",
        _ => "READY",
    };

    /// <summary>Gets STAGE_TRANSITION, ALIAS_SET or ALIAS_DELETED.</summary>
    public static string Name(RegistryEventKind kind) => kind switch
    {
        RegistryEventKind.StageTransition => "STAGE_TRANSITION",
        RegistryEventKind.AliasSet => "ALIAS_SET",
        _ => "ALIAS_DELETED",
    };

    /// <summary>Parses a stage name (None, Staging, Production, Archived) case-insensitively; anything else throws <see cref="ErrorCode.InvalidParameter"/> naming the field.</summary>
    public static ModelStage ParseStage(string? text, string field = "stage") => text?.ToUpperInvariant() switch
    {
        "NONE" => ModelStage.None,
        "STAGING" => ModelStage.Staging,
        "PRODUCTION" => ModelStage.Production,
        "ARCHIVED" => ModelStage.Archived,
        _ => throw OspreyException.Invalid($"Invalid value '{text}' for parameter '{field}': expected None, Staging, Production or Archived."),
    };

    /// <summary>Parses a version status name case-insensitively, READY when absent; anything else throws <see cref="ErrorCode.InvalidParameter"/> naming the field.</summary>
    public static ModelVersionStatus ParseStatus(string? text, string field = "status") => text?.ToUpperInvariant() switch
    {
        "PENDING_REGISTRATION" => ModelVersionStatus.PendingRegistration,
        "FAILED_REGISTRATION" => ModelVersionStatus.FailedRegistration,
        null or "" or "READY" => ModelVersionStatus.Ready,
        _ => throw OspreyException.Invalid($"Invalid value '{text}' for parameter '{field}': expected PENDING_REGISTRATION, FAILED_REGISTRATION or READY."),
    };

    /// <summary>Parses a history event kind case-insensitively; anything else throws <see cref="ErrorCode.InvalidParameter"/> naming the field.</summary>
    public static RegistryEventKind ParseEventKind(string? text, string field = "kind") => text?.ToUpperInvariant() switch
    {
        "STAGE_TRANSITION" => RegistryEventKind.StageTransition,
        "ALIAS_SET" => RegistryEventKind.AliasSet,
        "ALIAS_DELETED" => RegistryEventKind.AliasDeleted,
        _ => throw OspreyException.Invalid($"Invalid value '{text}' for parameter '{field}': expected STAGE_TRANSITION, ALIAS_SET or ALIAS_DELETED."),
    };
}
