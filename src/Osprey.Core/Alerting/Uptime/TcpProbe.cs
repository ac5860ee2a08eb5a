using System.Net.Sockets;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>Checks TCP monitors: up when a connection to the host and port opens within the timeout.</summary>
public sealed class TcpProbe(TimeProvider clock) : IProbe
{
    /// <inheritdoc/>
    public async Task<CheckOutcome> CheckAsync(MonitorDefinition monitor, CancellationToken ct)
    {
        var check = monitor.Tcp ?? throw new ArgumentException($"monitor '{monitor.Name}' is not a TCP monitor", nameof(monitor));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(check.Timeout);
        var started = clock.GetTimestamp();
        using var socket = new TcpClient();
        try
        {
            await socket.ConnectAsync(check.Host, check.Port, timeout.Token);
            return CheckOutcome.Pass(clock.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return CheckOutcome.Fail($"no connection to {check.Host}:{check.Port} within {Pipelines.DurationText.Format(check.Timeout)}", clock.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (SocketException e)
        {
            return CheckOutcome.Fail($"connection to {check.Host}:{check.Port} failed: {e.SocketErrorCode}", clock.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
