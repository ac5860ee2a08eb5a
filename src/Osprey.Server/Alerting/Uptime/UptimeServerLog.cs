using Microsoft.Extensions.Logging;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Server.Alerting.Uptime;

/// <summary>Reports the uptime engine's failures to the server log.</summary>
internal sealed class UptimeServerLog(ILogger logger) : IUptimeLog
{
    public void Failed(string monitor, string what, Exception error) =>
        logger.LogWarning(error, "Monitor {Monitor} could not {What}: {Message}", monitor, what, error.Message);
}
