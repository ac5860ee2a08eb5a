using Osprey.Core;
using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.OnCall;
using Osprey.Storage.Sqlite;

namespace Osprey.Cli.Commands;

/// <summary>The on-call service over the local workspace: its database and the definition files in <c>HOME/alerting/</c>.</summary>
internal sealed class OnCallLocal(OnCallService service, OnCallDefinitions definitions, SqliteWorkspaceDatabase database) : IAsyncDisposable
{
    public OnCallService Service => service;

    /// <summary>Opens the workspace named by the command's global options; <c>--server</c> is refused with a pointer to the HTTP API.</summary>
    public static async Task<OnCallLocal> OpenAsync(CommandContext context, System.CommandLine.ParseResult parse, CancellationToken ct)
    {
        var settings = context.Settings(parse);
        if (settings.ServerUrl is { } url)
        {
            throw new OspreyException(ErrorCode.InvalidState,
                $"'osprey oncall' and 'osprey notifications' read the local workspace; for the server at {url} use its API (GET /api/oncall/now, /api/oncall/schedules/NAME/timeline, /api/oncall/check, /api/notifications/deliveries).");
        }
        var options = new WorkspaceOptions(settings.Home);
        Directory.CreateDirectory(options.Home);
        var database = await SqliteStores.OpenAsync(options.DatabasePath, ct);
        var definitions = new OnCallDefinitions(Path.Combine(options.Home, "alerting"), database.Stores.OnCallDefinitions);
        return new OnCallLocal(new OnCallService(definitions, database.Stores.Notifications, context.Environment.Clock), definitions, database);
    }

    public async ValueTask DisposeAsync()
    {
        definitions.Dispose();
        await database.DisposeAsync();
    }
}
