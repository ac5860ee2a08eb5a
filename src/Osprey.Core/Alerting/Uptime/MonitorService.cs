using Osprey.Core.Alerting.Heartbeats;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>Creates, changes and removes monitors (from the API, the CLI and <c>monitors/*.yaml</c>), keeping the store and, when one runs here, the engine in step.</summary>
public sealed class MonitorService(IUptimeStore store, UptimeEngine? engine = null)
{
    /// <summary>Gets the store beneath (for reads such as incidents and pings).</summary>
    public IUptimeStore Store => store;

    /// <summary>Creates a monitor; a heartbeat without a token gets a random one. Throws <see cref="ErrorCode.AlreadyExists"/> when the name is taken.</summary>
    public async Task<MonitorDefinition> CreateAsync(MonitorDefinition monitor, CancellationToken ct)
    {
        var existing = await store.ListAsync(ct);
        if (existing.Any(m => m.Name == monitor.Name))
        {
            throw new OspreyException(ErrorCode.AlreadyExists, $"A monitor named '{monitor.Name}' already exists; choose another name or delete it first.");
        }
        return await SaveAsync(WithToken(monitor, null, existing), ct);
    }

    /// <summary>Gets a monitor by name; throws <see cref="ErrorCode.NotFound"/> when unknown.</summary>
    public async Task<MonitorDefinition> GetAsync(string name, CancellationToken ct) =>
        (await store.ListAsync(ct)).FirstOrDefault(m => m.Name == name)
        ?? throw OspreyException.NotFound($"Monitor '{name}' does not exist; 'osprey monitors list' shows the names.");

    /// <summary>Lists monitors by name, only those of <paramref name="kind"/> when given.</summary>
    public async Task<IReadOnlyList<MonitorDefinition>> ListAsync(MonitorKind? kind, CancellationToken ct) =>
        [.. (await store.ListAsync(ct)).Where(m => kind is null || m.Kind == kind)];

    /// <summary>Pauses or resumes a monitor (a paused one checks nothing and opens no incident) and returns it.</summary>
    public async Task<MonitorDefinition> SetPausedAsync(string name, bool paused, CancellationToken ct)
    {
        var monitor = await GetAsync(name, ct);
        return await SaveAsync(monitor with { Paused = paused }, ct);
    }

    /// <summary>Deletes a monitor with its history; throws <see cref="ErrorCode.NotFound"/> when unknown.</summary>
    public async Task DeleteAsync(string name, CancellationToken ct)
    {
        if (!await store.DeleteAsync(name, ct))
        {
            throw OspreyException.NotFound($"Monitor '{name}' does not exist.");
        }
        engine?.Remove(name);
    }

    /// <summary>Creates or replaces every monitor declared in a folder of YAML files (a heartbeat keeps its stored token when the file names none); returns them.</summary>
    /// <exception cref="OspreyException"><see cref="ErrorCode.InvalidParameter"/> listing every problem with file, line and field.</exception>
    public async Task<IReadOnlyList<MonitorDefinition>> SyncFolderAsync(string folder, CancellationToken ct)
    {
        var declared = MonitorYamlLoader.LoadFolder(folder).OrThrow();
        var existing = await store.ListAsync(ct);
        var saved = new List<MonitorDefinition>();
        foreach (var monitor in declared)
        {
            var previous = existing.FirstOrDefault(m => m.Name == monitor.Name);
            saved.Add(await SaveAsync(WithToken(monitor, previous, existing), ct));
        }
        return saved;
    }

    private async Task<MonitorDefinition> SaveAsync(MonitorDefinition monitor, CancellationToken ct)
    {
        await store.SaveAsync(monitor, ct);
        engine?.Apply(monitor);
        return monitor;
    }

    private static MonitorDefinition WithToken(MonitorDefinition monitor, MonitorDefinition? previous, IReadOnlyList<MonitorDefinition> existing)
    {
        if (monitor.Heartbeat is not { } heartbeat)
        {
            return monitor;
        }
        var token = heartbeat.Token.Length > 0 ? heartbeat.Token : previous?.Heartbeat?.Token ?? HeartbeatTokens.Create();
        if (existing.Any(m => m.Name != monitor.Name && m.Heartbeat?.Token == token))
        {
            throw new OspreyException(ErrorCode.AlreadyExists, $"Heartbeat '{monitor.Name}': another heartbeat already uses this token; tokens must be unique.");
        }
        return monitor with { Heartbeat = heartbeat with { Token = token } };
    }
}
