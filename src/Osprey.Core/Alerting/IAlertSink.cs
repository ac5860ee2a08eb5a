namespace Osprey.Core.Alerting;

/// <summary>Where sources of trouble (uptime monitors, heartbeats, metric rules, pipelines, external senders) raise alerts and close them when they recover.</summary>
public interface IAlertSink
{
    /// <summary>Opens an alert, or, when an alert with the same alias is open, counts a repeat without notifying again.</summary>
    Task<AlertReceipt> RaiseAsync(AlertRequest request, CancellationToken ct);

    /// <summary>Closes the open alert with this alias because its source recovered; returns false when none is open.</summary>
    Task<bool> ResolveAsync(string alias, string? source, string? note, CancellationToken ct);
}
