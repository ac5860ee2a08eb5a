using Osprey.Core.Alerting.OnCall;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>A window during which notifications of some priorities through some channel kinds are held and sent as one digest when it ends; P1 is never held.</summary>
/// <param name="Name">The rule's name.</param>
/// <param name="Priorities">The priorities held (P1 is ignored even when listed).</param>
/// <param name="Channels">The channel kinds held; empty means all.</param>
/// <param name="Window">The local-time window (for example 22:00 to 08:00).</param>
/// <param name="Zone">The time zone of the window.</param>
public sealed record QuietHours(string Name, IReadOnlySet<AlertPriority> Priorities, IReadOnlySet<ChannelKind> Channels, TimeRestriction Window, TimeZoneInfo Zone)
{
    /// <summary>Returns when a notification made at <paramref name="at"/> may be sent: <paramref name="at"/> itself, or the end of the quiet window it falls in.</summary>
    public DateTimeOffset ReleaseTime(AlertPriority priority, ChannelKind channel, DateTimeOffset at)
    {
        if (priority == AlertPriority.P1 || !Priorities.Contains(priority) || (Channels.Count > 0 && !Channels.Contains(channel)))
        {
            return at;
        }
        var local = WallClock.Local(at, Zone);
        if (!Window.Contains(local))
        {
            return at;
        }
        var end = local.Date + Window.To.ToTimeSpan();
        while (end <= local)
        {
            end = end.AddDays(1);
        }
        return WallClock.Instant(end, Zone);
    }
}
