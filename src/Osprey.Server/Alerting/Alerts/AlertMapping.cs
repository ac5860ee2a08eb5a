using System.Globalization;
using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Server.Alerting.Alerts.Contracts;

namespace Osprey.Server.Alerting.Alerts;

/// <summary>Translates between the alert API's JSON shapes and the alert domain (the server and the CLI's local mode share it).</summary>
public static class AlertMapping
{
    /// <summary>Reads a create-alert body as a request (priority P3 when absent); throws <see cref="ErrorCode.InvalidParameter"/> for a bad priority.</summary>
    public static AlertRequest ToRequest(this CreateAlertRequest r) => new(
        r.Message ?? "",
        r.Alias,
        ParsePriority(r.Priority, "priority") ?? AlertPriority.P3,
        r.Tags,
        r.Details,
        r.Entity,
        r.Source,
        r.Description,
        r.Actions,
        r.Responders?.Select((x, i) => new AlertResponder(x?.Type ?? "", x?.Name ?? x?.Username ?? "")).ToList(),
        r.User,
        r.Note);

    /// <summary>Shows an alert as the API does; <paramref name="now"/> (Unix milliseconds) decides whether it is still snoozed.</summary>
    public static AlertDto ToDto(this Alert a, long now) => new(
        a.Id, a.TinyId.ToString(CultureInfo.InvariantCulture), a.Alias, a.Message, a.Description,
        a.Status == AlertStatus.Open ? "open" : "closed", a.Acknowledged, a.AcknowledgedBy, a.IsSnoozedAt(now), Time(a.SnoozedUntil), a.Count,
        Time(a.CreatedAt)!, Time(a.LastOccurredAt)!, Time(a.ClosedAt), a.ClosedBy,
        Seconds(a.FirstAcknowledgedAt, a.CreatedAt), Seconds(a.ClosedAt, a.CreatedAt), a.Priority.ToString(), a.Tags, a.Details, a.Entity, a.Source,
        a.Actions, [.. a.Responders.Select(r => new AlertResponderDto(r.Type, r.Name))], a.Team, a.EscalationPolicy);

    /// <summary>Shows an alert event as the API does.</summary>
    public static AlertEventDto ToDto(this AlertEvent e) => new(e.Sequence, e.AlertId, e.Kind.ToString(), Time(e.At)!, e.Actor, e.Note);

    /// <summary>Reads <c>P1</c>–<c>P5</c> (case-insensitive), or null when absent; anything else throws naming the field.</summary>
    public static AlertPriority? ParsePriority(string? text, string field) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "P1" => AlertPriority.P1,
        "P2" => AlertPriority.P2,
        "P3" => AlertPriority.P3,
        "P4" => AlertPriority.P4,
        "P5" => AlertPriority.P5,
        _ => throw OspreyException.Invalid($"Invalid value for '{field}': '{text}' is not one of P1, P2, P3, P4 or P5."),
    };

    /// <summary>Reads an ISO 8601 time or Unix milliseconds, or null when absent; anything else throws naming the field.</summary>
    public static DateTimeOffset? ParseTime(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var millis))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(millis);
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw OspreyException.Invalid($"Invalid value for '{field}': '{text}' is neither an ISO 8601 time nor Unix milliseconds.");
    }

    /// <summary>Formats Unix milliseconds as ISO 8601 UTC, or null.</summary>
    public static string? Time(long? millis) =>
        millis is { } m ? DateTimeOffset.FromUnixTimeMilliseconds(m).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) : null;

    private static double? Seconds(long? at, long from) => at is { } t ? (t - from) / 1000.0 : null;
}
