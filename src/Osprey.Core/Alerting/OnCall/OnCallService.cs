using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Notifications;

namespace Osprey.Core.Alerting.OnCall;

/// <summary>The on-call operations the API and the CLI share: who is on call, timelines, checks, the delivery log, test notifications and definitions.</summary>
public sealed class OnCallService(OnCallDefinitions definitions, INotificationStore store, TimeProvider clock)
{
    private static readonly TimeSpan MaxRange = TimeSpan.FromDays(366);

    /// <summary>Gets the definitions (files merged with API-created ones).</summary>
    public OnCallDefinitions Definitions => definitions;

    /// <summary>Returns who is on call now on one schedule, or on every schedule when <paramref name="schedule"/> is null.</summary>
    public async Task<IReadOnlyList<OnCallNow>> NowAsync(string? schedule, CancellationToken ct)
    {
        var configuration = await CurrentAsync(ct);
        var now = clock.GetUtcNow();
        var schedules = schedule is null ? configuration.Schedules.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList() : [configuration.Schedule(schedule)];
        return schedules.Select(s =>
        {
            var shift = s.Timeline(now, now + TimeSpan.FromDays(60))[0];
            return new OnCallNow(s.Name, shift.User, shift.Source, shift.End);
        }).ToList();
    }

    /// <summary>Returns a schedule's shifts over a range of at most a year; throws <see cref="ErrorCode.InvalidParameter"/> for an empty or longer range.</summary>
    public async Task<IReadOnlyList<Shift>> TimelineAsync(string schedule, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        if (to <= from || to - from > MaxRange)
        {
            throw OspreyException.Invalid($"The timeline range must end after it starts and span at most 366 days; got {from:u} to {to:u}.");
        }
        return (await CurrentAsync(ct)).Schedule(schedule).Timeline(from, to);
    }

    /// <summary>Returns every configuration error, then every warning of <see cref="OnCallCheck"/> for the next <paramref name="days"/> days.</summary>
    public async Task<IReadOnlyList<OnCallWarning>> CheckAsync(int days, CancellationToken ct)
    {
        var load = await definitions.RefreshAsync(ct);
        var errors = load.Errors.Select(e => new OnCallWarning("configuration", e.ToString())).ToList();
        var now = clock.GetUtcNow();
        return [.. errors, .. OnCallCheck.Run(definitions.Current, now, now + TimeSpan.FromDays(Math.Clamp(days, 1, 366)))];
    }

    /// <summary>Returns the delivery log, newest first.</summary>
    public Task<IReadOnlyList<OutboxEntry>> DeliveriesAsync(DeliveryQuery query, CancellationToken ct) => store.ListDeliveriesAsync(query, ct);

    /// <summary>Queues a test notification to a channel (sent by the dispatcher like any other, quiet hours aside) and returns its delivery id.</summary>
    public async Task<string> SendTestAsync(string channel, string? message, CancellationToken ct)
    {
        var configuration = await CurrentAsync(ct);
        if (!configuration.Channels.ContainsKey(channel))
        {
            throw OspreyException.NotFound($"No channel is named '{channel}'; known channels: {string.Join(", ", configuration.Channels.Keys.Order(StringComparer.Ordinal))}.");
        }
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var content = new NotificationContent("test-" + Guid.NewGuid().ToString("N")[..16], 0, message ?? "Test notification from Osprey", AlertPriority.P5,
            AlertEventKind.NoteAdded, 0, now, "This is a test of the channel; no alert is open.");
        var notification = new NewNotification("channel:" + channel, channel, content, now);
        await store.EnqueueAsync([notification], now, ct);
        return notification.DeliveryId;
    }

    private async Task<OnCallConfiguration> CurrentAsync(CancellationToken ct)
    {
        await definitions.RefreshAsync(ct);
        return definitions.Current;
    }
}
