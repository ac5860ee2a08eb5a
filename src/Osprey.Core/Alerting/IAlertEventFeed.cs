namespace Osprey.Core.Alerting;

/// <summary>Reads alert state changes in order, so notification and escalation can resume from a stored position after a restart.</summary>
public interface IAlertEventFeed
{
    /// <summary>Reads up to <paramref name="limit"/> events whose sequence is greater than <paramref name="afterSequence"/>, in sequence order.</summary>
    Task<IReadOnlyList<AlertEvent>> ReadAfterAsync(long afterSequence, int limit, CancellationToken ct);

    /// <summary>Gets an alert's current state, or null when the id is unknown.</summary>
    Task<Alert?> GetAsync(string alertId, CancellationToken ct);
}
