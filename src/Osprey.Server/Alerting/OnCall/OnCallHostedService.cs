using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Notifications;

namespace Osprey.Server.Alerting.OnCall;

/// <summary>Runs the on-call loop in the server: re-reads the definitions, then drains the alert feed, fires due escalation steps and sends the outbox, every interval.</summary>
/// <remarks>At start, notifications a killed predecessor left marked sending are made due at once (one server sends per workspace database).</remarks>
internal sealed class OnCallHostedService(OnCallDefinitions definitions, INotificationStore store, OnCallLoop loop, TimeProvider clock, ILogger<OnCallHostedService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var load = await definitions.RefreshAsync(stoppingToken);
        foreach (var error in load.Errors)
        {
            log.LogWarning("On-call configuration: {Error}", error);
        }
        var recovered = await store.RecoverAsync(clock.GetUtcNow().ToUnixTimeMilliseconds(), stoppingToken);
        if (recovered > 0)
        {
            log.LogWarning("On-call: {Count} notifications were being sent when the server stopped; sending them again with the same delivery ids", recovered);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await loop.TurnAsync(stoppingToken);
            try
            {
                await Task.Delay(loop.Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
