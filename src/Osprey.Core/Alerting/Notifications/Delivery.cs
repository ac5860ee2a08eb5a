using Osprey.Core.Alerting.Configuration;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>One message to send: to a channel (and a user when the recipient is one), carrying one notification or a digest of several held ones.</summary>
/// <param name="Id">The delivery id (<c>X-Osprey-Delivery-Id</c>); the same on every retry.</param>
/// <param name="Channel">The channel and its transport settings.</param>
/// <param name="User">The user it is for, or null when a channel itself is the target.</param>
/// <param name="Items">The notifications carried (more than one only for a digest).</param>
/// <param name="At">When it is sent.</param>
public sealed record Delivery(string Id, ChannelDefinition Channel, UserDefinition? User, IReadOnlyList<NotificationContent> Items, DateTimeOffset At)
{
    /// <summary>Gets whether this is a digest of notifications held by quiet hours.</summary>
    public bool IsDigest => Items.Count > 1 || Id.StartsWith("dig_", StringComparison.Ordinal);

    /// <summary>Returns a one-line summary such as <c>[P1] #42 Disk full (created)</c>, or a digest title.</summary>
    public string Title => IsDigest
        ? $"Osprey digest: {Items.Count} notification{(Items.Count == 1 ? "" : "s")} held during quiet hours"
        : Line(Items[0]);

    /// <summary>Returns the summary line of one notification.</summary>
    public static string Line(NotificationContent item) =>
        $"[{item.Priority}] #{item.TinyId} {item.Message} ({item.Event.ToString().ToLowerInvariant()})";
}
