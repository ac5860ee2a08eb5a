using Osprey.Core.Alerting.Analytics;

namespace Osprey.Core.Alerting.Alerts;

/// <summary>Alerts and their event history; every state change is stored in the same transaction as its event, numbered by one workspace-wide sequence.</summary>
public interface IAlertStore
{
    /// <summary>Counts a repeat of the open alert with this alias (exact, case-sensitive) at <paramref name="at"/>; returns null when no alert with it is open.</summary>
    Task<AlertReceipt?> RecordRepeatAsync(string alias, long at, CancellationToken ct);

    /// <summary>Opens the alert with its <see cref="AlertEventKind.Created"/> event, or counts a repeat (no event) when its alias is already open.</summary>
    Task<AlertReceipt> OpenAsync(NewAlert alert, CancellationToken ct);

    /// <summary>Loads the alert, applies the transition by <see cref="AlertLifecycle.Apply"/> and stores the next state with its event atomically; throws <see cref="ErrorCode.NotFound"/> for an unknown id.</summary>
    Task<AlertChange> ApplyAsync(string alertId, AlertTransition transition, CancellationToken ct);

    /// <summary>Ends every snooze that is due at <paramref name="now"/>, recording a <see cref="AlertEventKind.SnoozeEnded"/> event for each; returns how many ended.</summary>
    Task<int> EndDueSnoozesAsync(long now, CancellationToken ct);

    /// <summary>Gets an alert by id, tiny id or alias (the open alert with the alias, else the newest one), or null when none matches.</summary>
    Task<Alert?> FindAsync(string identifier, AlertIdentifierType type, CancellationToken ct);

    /// <summary>Lists the alerts matching a query, newest first.</summary>
    Task<AlertPage> SearchAsync(AlertQuery query, CancellationToken ct);

    /// <summary>Reads up to <paramref name="limit"/> events after a sequence, in sequence order.</summary>
    Task<IReadOnlyList<AlertEvent>> ReadEventsAfterAsync(long afterSequence, int limit, CancellationToken ct);

    /// <summary>Reads one alert's events (its history and notes), oldest first.</summary>
    Task<IReadOnlyList<AlertEvent>> ReadHistoryAsync(string alertId, CancellationToken ct);

    /// <summary>Reads the analytics facts of the alerts created within [<paramref name="from"/>, <paramref name="to"/>) in Unix milliseconds.</summary>
    Task<IReadOnlyList<AlertFact>> ReadFactsAsync(long from, long to, CancellationToken ct);
}
