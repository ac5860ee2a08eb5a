using System.CommandLine;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Cli.Commands;

/// <summary>What the monitor commands do, on the local workspace or against a server.</summary>
internal interface IMonitorsClient : IAsyncDisposable
{
    Task<IReadOnlyList<MonitorsEntry>> ListAsync(MonitorKind? kind, CancellationToken ct);

    Task<MonitorsEntry> GetAsync(string name, CancellationToken ct);

    Task<IReadOnlyList<Incident>> IncidentsAsync(string name, CancellationToken ct);

    Task<MonitorsEntry> CreateAsync(MonitorDefinition monitor, CancellationToken ct);

    Task<MonitorsEntry> SetPausedAsync(string name, bool paused, CancellationToken ct);
}

/// <summary>Opens the monitor client the global options ask for: a server when <c>--server</c> is set, else the local workspace.</summary>
internal static class MonitorsClient
{
    public static async Task<IMonitorsClient> OpenAsync(CommandContext context, ParseResult parse, CancellationToken ct)
    {
        var settings = context.Settings(parse);
        return settings.ServerUrl is { } url
            ? new MonitorsRemoteClient(new Uri(url.TrimEnd('/') + "/"), settings.Token)
            : await MonitorsLocalClient.OpenAsync(settings.Home, ct);
    }
}
