namespace Osprey.Core.Registry;

/// <summary>Sets, removes, resolves, rolls back and audits model aliases and stage moves.</summary>
public interface IModelAliasService
{
    /// <summary>Points an alias at a version (names match <c>^[\w\-]+$</c>; <c>latest</c> and <c>v&lt;digits&gt;</c> are reserved).</summary>
    Task SetAsync(string name, string alias, string version, string? reason, CancellationToken ct);

    Task DeleteAsync(string name, string alias, string? reason, CancellationToken ct);

    Task<ModelVersion> GetVersionAsync(string name, string alias, CancellationToken ct);

    /// <summary>Returns the model's stage and alias history, oldest first, optionally for one alias or stage.</summary>
    Task<IReadOnlyList<RegistryEvent>> GetHistoryAsync(string name, string? target, CancellationToken ct);

    /// <summary>Returns the version that held an alias (or stage) at a time, or null when none did.</summary>
    Task<int?> GetHolderAtAsync(string name, string target, long timestamp, CancellationToken ct);

    /// <summary>Points an alias back at the version that held it before its current holder; throws <see cref="ErrorCode.InvalidState"/> when there is none.</summary>
    Task<RegistryEvent> RollbackAsync(string name, string alias, string? reason, CancellationToken ct);
}
