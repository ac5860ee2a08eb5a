using System.Globalization;
using Osprey.Core.Security;
using Osprey.Core.Tracking;

namespace Osprey.Core.Registry;

/// <summary>Moves, resolves and audits aliases; answers which version held an alias or stage at a time; rolls an alias back.</summary>
internal sealed class ModelAliasService(IModelVersionStore versions, TimeProvider clock, ICallerIdentity caller) : IModelAliasService
{
    /// <inheritdoc/>
    public Task SetAsync(string name, string alias, string version, string? reason, CancellationToken ct)
    {
        EntityValidator.Length(reason, TrackingLimits.MaxTagValueLength, "reason");
        return versions.SetAliasAsync(EntityValidator.ModelName(name), RegistryNames.Alias(alias), RegistryNames.Version(version), Change(reason), ct);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string name, string alias, string? reason, CancellationToken ct)
    {
        EntityValidator.Length(reason, TrackingLimits.MaxTagValueLength, "reason");
        return versions.DeleteAliasAsync(EntityValidator.ModelName(name), RegistryNames.Alias(alias), Change(reason), ct);
    }

    /// <inheritdoc/>
    public Task<ModelVersion> GetVersionAsync(string name, string alias, CancellationToken ct) =>
        versions.GetByAliasAsync(EntityValidator.ModelName(name), RegistryNames.Alias(alias), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<RegistryEvent>> GetHistoryAsync(string name, string? target, CancellationToken ct) =>
        versions.GetHistoryAsync(EntityValidator.ModelName(name), string.IsNullOrEmpty(target) ? null : target, null, ct);

    /// <inheritdoc/>
    public async Task<int?> GetHolderAtAsync(string name, string target, long timestamp, CancellationToken ct)
    {
        EntityValidator.ModelName(name);
        EntityValidator.Required(target, "alias");
        if (Enum.TryParse<ModelStage>(target, ignoreCase: true, out var stage) && !int.TryParse(target, out _))
        {
            return await StageHolderAtAsync(name, stage, timestamp, ct);
        }
        var history = await versions.GetHistoryAsync(name, target, timestamp, ct);
        var last = history.LastOrDefault(e => e.Kind != RegistryEventKind.StageTransition);
        return last?.Kind == RegistryEventKind.AliasSet ? last.ToVersion : null;
    }

    /// <inheritdoc/>
    public async Task<RegistryEvent> RollbackAsync(string name, string alias, string? reason, CancellationToken ct)
    {
        EntityValidator.ModelName(name);
        RegistryNames.Alias(alias);
        var current = await versions.GetByAliasAsync(name, alias, ct);
        var history = await versions.GetHistoryAsync(name, alias, null, ct);
        var lastMove = history.LastOrDefault(e => e.Kind == RegistryEventKind.AliasSet && e.ToVersion == current.Version);
        if (lastMove?.FromVersion is not { } previous || previous == current.Version)
        {
            throw new OspreyException(ErrorCode.InvalidState, $"Alias '{alias}' of model '{name}' has no previous version to roll back to.");
        }
        try
        {
            await versions.GetAsync(name, previous, ct);
        }
        catch (OspreyException e) when (e.Code == ErrorCode.NotFound)
        {
            throw new OspreyException(ErrorCode.InvalidState, $"Alias '{alias}' of model '{name}' previously pointed at version {previous}, which has been deleted.");
        }
        var why = string.IsNullOrWhiteSpace(reason)
            ? string.Create(CultureInfo.InvariantCulture, $"rollback from version {current.Version} to version {previous}")
            : reason;
        await versions.SetAliasAsync(name, alias, previous, Change(why), ct);
        var after = await versions.GetHistoryAsync(name, alias, null, ct);
        return after[^1];
    }

    private async Task<int?> StageHolderAtAsync(string name, ModelStage stage, long timestamp, CancellationToken ct)
    {
        // Every stage move is recorded under the stage it enters, so replaying all moves gives each version's stage at the time.
        var history = await versions.GetHistoryAsync(name, null, timestamp, ct);
        var stageOf = new Dictionary<int, string>();
        foreach (var move in history.Where(e => e.Kind == RegistryEventKind.StageTransition && e.ToVersion is not null))
        {
            stageOf[move.ToVersion!.Value] = move.Target;
        }
        var holders = stageOf.Where(p => string.Equals(p.Value, stage.ToString(), StringComparison.OrdinalIgnoreCase)).Select(p => p.Key).ToList();
        return holders.Count == 0 ? null : holders.Max();
    }

    private RegistryChange Change(string? reason) => new(caller.Name, reason, clock.GetUtcNow().ToUnixTimeMilliseconds());
}
