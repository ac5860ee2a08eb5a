using Osprey.Core;
using Osprey.Core.Alerting.Uptime;
using Osprey.Storage.Sqlite;

namespace Osprey.Cli.Commands;

/// <summary>Manages the monitors of the local workspace database; a running server picks changes up when it restarts (use --server to change a live one).</summary>
internal sealed class MonitorsLocalClient(SqliteWorkspaceDatabase database) : IMonitorsClient
{
    private readonly MonitorService _service = new(database.Stores.Uptime);

    public static async Task<IMonitorsClient> OpenAsync(string home, CancellationToken ct)
    {
        var options = new WorkspaceOptions(home);
        Directory.CreateDirectory(options.Home);
        return new MonitorsLocalClient(await SqliteStores.OpenAsync(options.DatabasePath, ct));
    }

    public async Task<IReadOnlyList<MonitorsEntry>> ListAsync(MonitorKind? kind, CancellationToken ct)
    {
        var states = (await _service.Store.ListStatusesAsync(ct)).ToDictionary(s => s.Monitor, StringComparer.Ordinal);
        return [.. (await _service.ListAsync(kind, ct)).Select(m => new MonitorsEntry(m, states.GetValueOrDefault(m.Name)))];
    }

    public async Task<MonitorsEntry> GetAsync(string name, CancellationToken ct)
    {
        var monitor = await _service.GetAsync(name, ct);
        return new MonitorsEntry(monitor, (await _service.Store.ListStatusesAsync(ct)).FirstOrDefault(s => s.Monitor == name));
    }

    public Task<IReadOnlyList<Incident>> IncidentsAsync(string name, CancellationToken ct) => _service.Store.ListIncidentsAsync(name, 0, 20, ct);

    public async Task<MonitorsEntry> CreateAsync(MonitorDefinition monitor, CancellationToken ct) =>
        new(await _service.CreateAsync(monitor, ct), null);

    public async Task<MonitorsEntry> SetPausedAsync(string name, bool paused, CancellationToken ct)
    {
        await _service.SetPausedAsync(name, paused, ct);
        return await GetAsync(name, ct);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
