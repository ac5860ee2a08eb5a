using Microsoft.Extensions.Logging;
using Osprey.Core.Alerting;

namespace Osprey.Server.Alerting.Uptime;

/// <summary>Stands in for the alert service when the server has none registered: writes raised and resolved alerts to the log, so incidents are at least visible.</summary>
internal sealed class LoggedAlertSink(ILogger logger) : IAlertSink
{
    public Task<AlertReceipt> RaiseAsync(AlertRequest request, CancellationToken ct)
    {
        logger.LogWarning("Alert {Alias} ({Priority}): {Message}", request.Alias, request.Priority, request.Message);
        return Task.FromResult(new AlertReceipt(request.Alias ?? "", false, 1));
    }

    public Task<bool> ResolveAsync(string alias, string? source, string? note, CancellationToken ct)
    {
        logger.LogWarning("Alert {Alias} resolved: {Note}", alias, note);
        return Task.FromResult(true);
    }
}
