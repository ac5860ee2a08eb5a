namespace Osprey.Core.Registry;

/// <summary>One append-only entry of a model's stage and alias history.</summary>
/// <param name="Id">Increasing sequence number, ordering events that share a timestamp.</param>
/// <param name="Target">The alias name, or the stage name for stage transitions.</param>
/// <param name="FromVersion">The version that held the alias or stage before (null if none).</param>
/// <param name="ToVersion">The version that holds it after (null when an alias is deleted or a stage emptied).</param>
public sealed record RegistryEvent(
    long Id,
    string ModelName,
    RegistryEventKind Kind,
    string Target,
    int? FromVersion,
    int? ToVersion,
    string Actor,
    string? Reason,
    long Timestamp);
