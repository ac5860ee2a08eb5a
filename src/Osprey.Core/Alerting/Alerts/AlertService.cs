using Osprey.Core.Security;

namespace Osprey.Core.Alerting.Alerts;

/// <summary>Opens, de-duplicates and moves alerts through their life; the one way in for the REST API, the CLI, Alertmanager and every source of trouble.</summary>
/// <remarks>
/// A raise with an alias that is open costs one indexed update and records no event, so a flood of repeats notifies nobody again.
/// Snoozes end lazily (before reads of the event feed and of alerts) and on <see cref="AlertSnoozeTimer"/>'s beat when a server runs one.
/// </remarks>
public sealed class AlertService(IAlertStore store, TimeProvider clock, IAlertRouter? router = null, ICallerIdentity? caller = null)
    : IAlertSink, IAlertEventFeed, IAlertEventLog
{
    private const int MaxFeedBatch = 10_000;
    private readonly IAlertRouter _router = router ?? new TeamResponderRouter();

    /// <inheritdoc/>
    public async Task<AlertReceipt> RaiseAsync(AlertRequest request, CancellationToken ct)
    {
        var valid = AlertRequestValidator.Validate(request);
        var now = Now();
        if (valid.Alias is { } alias && await store.RecordRepeatAsync(alias, now, ct) is { } repeat)
        {
            return repeat;
        }
        var id = Guid.NewGuid().ToString("N");
        var opened = valid with { Alias = valid.Alias ?? id };
        return await store.OpenAsync(new NewAlert(id, opened, opened.Alias, now, Actor(valid.User), _router.Route(opened)), ct);
    }

    /// <inheritdoc/>
    public async Task<bool> ResolveAsync(string alias, string? source, string? note, CancellationToken ct)
    {
        var open = await store.FindAsync(AlertRequestValidator.Text(alias, AlertLimits.Alias, "alias") ?? throw Missing("alias"), AlertIdentifierType.Alias, ct);
        if (open is not { Status: AlertStatus.Open })
        {
            return false;
        }
        var change = await store.ApplyAsync(open.Id, new AlertTransition(AlertEventKind.Closed, Now(), source ?? Actor(null), NoteText(note)), ct);
        return change.Event is not null;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<AlertEvent>> ReadAfterAsync(long afterSequence, int limit, CancellationToken ct)
    {
        if (limit < 1 || limit > MaxFeedBatch)
        {
            throw OspreyException.Invalid($"Invalid value for 'limit': the event feed returns 1 to {MaxFeedBatch} events, not {limit}.");
        }
        await EndDueSnoozesAsync(ct);
        return await store.ReadEventsAfterAsync(afterSequence, limit, ct);
    }

    /// <inheritdoc/>
    public async Task<Alert?> GetAsync(string alertId, CancellationToken ct)
    {
        await EndDueSnoozesAsync(ct);
        return await store.FindAsync(alertId, AlertIdentifierType.Id, ct);
    }

    /// <inheritdoc/>
    public async Task<AlertEvent> RecordAsync(string alertId, AlertEventKind kind, string? actor, string? note, CancellationToken ct)
    {
        var change = await store.ApplyAsync(alertId, new AlertTransition(kind, Now(), actor, NoteText(note)), ct);
        return change.Event ?? throw new OspreyException(ErrorCode.InvalidState, $"Recording '{kind}' changed nothing on alert {change.Alert.TinyId}, so no event was recorded.");
    }

    /// <summary>Gets an alert by id, tiny id or alias; throws <see cref="ErrorCode.NotFound"/> when none matches.</summary>
    public async Task<Alert> FindAsync(string identifier, AlertIdentifierType type, CancellationToken ct)
    {
        await EndDueSnoozesAsync(ct);
        return await store.FindAsync(Identifier(identifier), type, ct)
            ?? throw OspreyException.NotFound($"No alert has the {AlertIdentifiers.Describe(type)} '{identifier}'.");
    }

    /// <summary>Lists alerts matching a query, newest first; throws <see cref="ErrorCode.InvalidParameter"/> for a bad page or range.</summary>
    public async Task<AlertPage> SearchAsync(AlertQuery query, CancellationToken ct)
    {
        if (query.Limit < 1 || query.Limit > AlertQuery.MaxLimit || query.Offset < 0)
        {
            throw OspreyException.Invalid($"Invalid page: 'limit' must be 1 to {AlertQuery.MaxLimit} and 'offset' at least 0 (got {query.Limit} and {query.Offset}).");
        }
        if (query.CreatedFrom is { } from && query.CreatedTo is { } to && to < from)
        {
            throw OspreyException.Invalid("Invalid time range: 'to' is before 'from'.");
        }
        await EndDueSnoozesAsync(ct);
        return await store.SearchAsync(query, ct);
    }

    /// <summary>Gets an alert's events (its history and notes), oldest first.</summary>
    public async Task<IReadOnlyList<AlertEvent>> HistoryAsync(string identifier, AlertIdentifierType type, CancellationToken ct) =>
        await store.ReadHistoryAsync((await FindAsync(identifier, type, ct)).Id, ct);

    /// <summary>Acknowledges an open alert (ending its snooze); acknowledging an acknowledged alert changes nothing.</summary>
    public Task<AlertChange> AcknowledgeAsync(string identifier, AlertIdentifierType type, string? user, string? note, CancellationToken ct) =>
        ApplyAsync(identifier, type, AlertEventKind.Acknowledged, user, note, ct);

    /// <summary>Takes the acknowledgement back, so escalation resumes.</summary>
    public Task<AlertChange> UnacknowledgeAsync(string identifier, AlertIdentifierType type, string? user, string? note, CancellationToken ct) =>
        ApplyAsync(identifier, type, AlertEventKind.Unacknowledged, user, note, ct);

    /// <summary>Snoozes an open alert until <paramref name="until"/>; a <see cref="AlertEventKind.SnoozeEnded"/> event follows when that time passes.</summary>
    public Task<AlertChange> SnoozeAsync(string identifier, AlertIdentifierType type, DateTimeOffset until, string? user, string? note, CancellationToken ct) =>
        ApplyAsync(identifier, type, AlertEventKind.Snoozed, user, note, ct, t => t with { SnoozeUntil = until.ToUnixTimeMilliseconds() });

    /// <summary>Adds a note to an alert's history (open or closed).</summary>
    public Task<AlertChange> AddNoteAsync(string identifier, AlertIdentifierType type, string note, string? user, CancellationToken ct) =>
        ApplyAsync(identifier, type, AlertEventKind.NoteAdded, user, NoteText(note) ?? throw Missing("note"), ct);

    /// <summary>Closes an alert, freeing its alias; <paramref name="noise"/> tags it <c>noise</c> for analytics. Closing a closed alert changes nothing.</summary>
    public Task<AlertChange> CloseAsync(string identifier, AlertIdentifierType type, string? user, string? note, bool noise, CancellationToken ct) =>
        ApplyAsync(identifier, type, AlertEventKind.Closed, user, note, ct, t => t with { Noise = noise });

    /// <summary>Gives an open alert another priority.</summary>
    public Task<AlertChange> ChangePriorityAsync(string identifier, AlertIdentifierType type, AlertPriority priority, string? user, CancellationToken ct) =>
        ApplyAsync(identifier, type, AlertEventKind.PriorityChanged, user, null, ct, t => t with { Priority = priority });

    /// <summary>Ends every snooze that is due now; returns how many ended.</summary>
    public Task<int> EndDueSnoozesAsync(CancellationToken ct) => store.EndDueSnoozesAsync(Now(), ct);

    private async Task<AlertChange> ApplyAsync(string identifier, AlertIdentifierType type, AlertEventKind kind, string? user, string? note,
        CancellationToken ct, Func<AlertTransition, AlertTransition>? shape = null)
    {
        var alert = await FindAsync(identifier, type, ct);
        var transition = new AlertTransition(kind, Now(), Actor(AlertRequestValidator.Text(user, AlertLimits.User, "user")), NoteText(note));
        return await store.ApplyAsync(alert.Id, shape is null ? transition : shape(transition), ct);
    }

    private string? Actor(string? user) => user ?? caller?.Name;

    private static string? NoteText(string? note) => AlertRequestValidator.Text(note, AlertLimits.Note, "note");

    private static string Identifier(string identifier) =>
        AlertRequestValidator.Text(identifier, AlertLimits.Alias, "identifier") ?? throw Missing("identifier");

    private static OspreyException Missing(string field) => OspreyException.Invalid($"Missing value for required field '{field}'.");

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
