using Osprey.Core.Registry;

namespace Osprey.Storage.Sqlite.Registry;

/// <summary>How registry enums are stored: MLflow's spellings, so filters compare the names users write.</summary>
internal static class RegistryText
{
    /// <summary>The stage name (None, Staging, Production, Archived).</summary>
    public static string Stage(ModelStage stage) => stage switch
    {
        ModelStage.None => "None",
        ModelStage.Staging => "Staging",
        ModelStage.Production => "Production",
        ModelStage.Archived => "Archived",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown model stage."),
    };

    /// <summary>Parses a stored stage name.</summary>
    public static ModelStage ParseStage(string text) => text switch
    {
        "Staging" => ModelStage.Staging,
        "Production" => ModelStage.Production,
        "Archived" => ModelStage.Archived,
        _ => ModelStage.None,
    };

    /// <summary>Parses a stored version status (MLflow's READY, PENDING_REGISTRATION, FAILED_REGISTRATION).</summary>
    public static ModelVersionStatus ParseStatus(string text) => text switch
    {
        "PENDING_REGISTRATION" => ModelVersionStatus.PendingRegistration,
        "FAILED_REGISTRATION" => ModelVersionStatus.FailedRegistration,
        _ => ModelVersionStatus.Ready,
    };

    /// <summary>The stored event kind.</summary>
    public static string Kind(RegistryEventKind kind) => kind.ToString();

    /// <summary>Parses a stored event kind.</summary>
    public static RegistryEventKind ParseKind(string text) => Enum.Parse<RegistryEventKind>(text);
}
