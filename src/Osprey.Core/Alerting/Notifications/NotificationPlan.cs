using Osprey.Core.Alerting.Configuration;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>Builds the notifications for one alert event and decides when each may go out: at once, or when the quiet hours holding it end.</summary>
public static class NotificationPlan
{
    /// <summary>Returns one notification per (recipient, channel) pair for the event, held until the latest end of any quiet hours that apply (never for P1).</summary>
    public static IReadOnlyList<NewNotification> For(OnCallConfiguration configuration, Alert alert, AlertEvent alertEvent, IEnumerable<(string Recipient, string Channel)> pairs)
    {
        var content = new NotificationContent(alert.Id, alert.TinyId, alert.Message, alert.Priority, alertEvent.Kind, alertEvent.Sequence, alertEvent.At, alertEvent.Note);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(alertEvent.At);
        var notifications = new List<NewNotification>();
        foreach (var (recipient, channel) in pairs)
        {
            if (!configuration.Channels.TryGetValue(channel, out var definition))
            {
                continue;
            }
            var release = at;
            foreach (var quiet in configuration.QuietHours)
            {
                var end = quiet.ReleaseTime(alert.Priority, definition.Kind, at);
                release = end > release ? end : release;
            }
            notifications.Add(new NewNotification(recipient, channel, content, release.ToUnixTimeMilliseconds()));
        }
        return notifications;
    }
}
