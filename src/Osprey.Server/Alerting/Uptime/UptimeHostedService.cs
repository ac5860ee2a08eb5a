using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Osprey.Core;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Server.Alerting.Uptime;

/// <summary>Loads the stored monitors, applies the workspace's <c>monitors/*.yaml</c>, and runs the uptime engine's loop until the server stops.</summary>
internal sealed class UptimeHostedService(UptimeEngine engine, MonitorService monitors, UptimeHostOptions options, ILogger<UptimeHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await engine.LoadAsync(stoppingToken);
        try
        {
            var declared = await monitors.SyncFolderAsync(options.MonitorsFolder, stoppingToken);
            if (declared.Count > 0)
            {
                logger.LogInformation("Loaded {Count} monitors from {Folder}", declared.Count, options.MonitorsFolder);
            }
        }
        catch (OspreyException e)
        {
            logger.LogError("The monitor files in {Folder} were not applied:{NewLine}{Problems}", options.MonitorsFolder, Environment.NewLine, e.Message);
        }
        await engine.RunAsync(stoppingToken);
    }
}
