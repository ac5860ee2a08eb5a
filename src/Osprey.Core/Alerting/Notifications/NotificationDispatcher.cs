using Osprey.Core.Alerting.Configuration;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>Sends what the outbox holds: claims due notifications, sends each delivery (a digest for released quiet-hour notifications) through its channel, and records the attempt.</summary>
/// <remarks>Deliveries are sent concurrently and isolated: one failing channel never delays or fails another.</remarks>
public sealed class NotificationDispatcher(
    INotificationStore store,
    IEnumerable<INotificationSender> senders,
    Func<OnCallConfiguration> configuration,
    TimeProvider clock,
    RetryPolicy? retry = null)
{
    private const int ClaimLimit = 100;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly Dictionary<ChannelKind, INotificationSender> _senders = senders.ToDictionary(s => s.Kind);
    private readonly RetryPolicy _retry = retry ?? RetryPolicy.Default;

    /// <summary>Claims and sends every due notification once; returns how many deliveries were attempted.</summary>
    public async Task<int> DispatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claimed = await store.ClaimAsync(now.ToUnixTimeMilliseconds(), Lease, ClaimLimit, ct);
        var groups = claimed.GroupBy(e => e.DigestId ?? e.DeliveryId).ToList();
        await Task.WhenAll(groups.Select(g => SendAsync(g.Key, g.ToList(), ct)));
        return groups.Count;
    }

    private async Task SendAsync(string deliveryId, List<OutboxEntry> entries, CancellationToken ct)
    {
        var error = await TrySendAsync(deliveryId, entries, ct);
        var at = clock.GetUtcNow();
        var attempts = entries.Max(e => e.Attempts);
        var delay = error is null ? null : _retry.DelayAfter(attempts);
        long? retryAt = delay is { } wait ? (at + wait).ToUnixTimeMilliseconds() : null;
        await store.RecordAttemptAsync(entries.Select(e => e.Id).ToList(), at.ToUnixTimeMilliseconds(), error, retryAt, ct);
    }

    private async Task<string?> TrySendAsync(string deliveryId, List<OutboxEntry> entries, CancellationToken ct)
    {
        var current = configuration();
        var first = entries[0];
        if (!current.Channels.TryGetValue(first.Channel, out var channel))
        {
            return $"the channel '{first.Channel}' is no longer configured";
        }
        UserDefinition? user = null;
        if (first.Recipient.StartsWith("user:", StringComparison.Ordinal) && !current.Users.TryGetValue(first.Recipient[5..], out user))
        {
            return $"the user '{first.Recipient[5..]}' is no longer configured";
        }
        if (!_senders.TryGetValue(channel.Kind, out var sender))
        {
            return $"no sender handles {channel.Kind} channels";
        }
        var items = entries.Select(e => e.Content).OrderBy(c => c.EventSequence).ToList();
        try
        {
            await sender.SendAsync(new Delivery(deliveryId, channel, user, items, clock.GetUtcNow()), ct);
            return null;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A channel's failure of any kind is recorded on its delivery and retried; it must never stop other deliveries.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
