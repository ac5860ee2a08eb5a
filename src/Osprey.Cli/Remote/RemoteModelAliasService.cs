using Osprey.Core.Registry;
using Osprey.Server.Contracts.Registry;

namespace Osprey.Cli.Remote;

/// <summary>Aliases and the registry history over a server: MLflow's alias lookup, Osprey's endpoints for moves with reasons, history and rollback.</summary>
internal sealed class RemoteModelAliasService(OspreyHttpClient http) : IModelAliasService
{
    /// <inheritdoc/>
    public Task SetAsync(string name, string alias, string version, string? reason, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.Alias, new AliasRequest(name, alias, version, reason), ct);

    /// <inheritdoc/>
    public Task DeleteAsync(string name, string alias, string? reason, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Delete, RemotePaths.Alias, new AliasRequest(name, alias, null, reason), ct);

    /// <inheritdoc/>
    public async Task<ModelVersion> GetVersionAsync(string name, string alias, CancellationToken ct) =>
        (await http.GetAsync<ModelVersionResponse>(RemotePaths.GetByAlias, ct, ("name", name), ("alias", alias))).ModelVersion.ToDomain();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RegistryEvent>> GetHistoryAsync(string name, string? target, CancellationToken ct) =>
        (await http.GetAsync<RegistryHistoryResponse>(RemotePaths.History, ct, ("name", name), ("alias", target)))
            .Events?.Select(e => e.ToDomain()).ToList() ?? [];

    /// <inheritdoc/>
    public async Task<int?> GetHolderAtAsync(string name, string target, long timestamp, CancellationToken ct)
    {
        var holder = await http.GetAsync<AliasHolderResponse>(RemotePaths.AliasAt, ct,
            ("name", name), ("alias", target), ("timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return holder.Version is null ? null : RegistryMapping.ParseVersion(holder.Version);
    }

    /// <inheritdoc/>
    public async Task<RegistryEvent> RollbackAsync(string name, string alias, string? reason, CancellationToken ct) =>
        (await http.SendAsync<AliasRequest, RegistryEventResponse>(HttpMethod.Post, RemotePaths.AliasRollback,
            new AliasRequest(name, alias, null, reason), ct)).Event.ToDomain();
}
