using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.Server.Alerting.Alerts.Contracts;

namespace Osprey.Server.Alerting.Alerts;

/// <summary>Turns one alert of an Alertmanager notification into an Osprey alert request (see docs/alerting.md, "Alertmanager").</summary>
/// <remarks>
/// The alias is <c>alertmanager:&lt;12 hex of SHA-256(groupKey)&gt;:&lt;fingerprint&gt;</c>: the fingerprint names the alert's label set, and the
/// group key part keeps one alert routed to two Osprey receivers apart (each route owns its copy), while staying short and readable.
/// Alertmanager's texts are not checked against Opsgenie's limits but clipped to them, because a receiver must never refuse a notification
/// for the length of a label it does not control.
/// </remarks>
internal static class AlertmanagerTranslation
{
    public const string Source = "alertmanager";

    public static string Alias(string? groupKey, AlertmanagerAlert alert)
    {
        var fingerprint = string.IsNullOrWhiteSpace(alert.Fingerprint) ? Hash(LabelText(alert.Labels), 16) : alert.Fingerprint.Trim();
        return Clip($"{Source}:{Hash(groupKey ?? "", 12)}:{fingerprint}", AlertLimits.Alias);
    }

    public static AlertRequest ToRequest(string alias, AlertmanagerAlert alert, AlertmanagerPayload payload)
    {
        var labels = alert.Labels ?? new Dictionary<string, string>();
        var annotations = alert.Annotations ?? new Dictionary<string, string>();
        var message = Value(annotations, "summary") ?? Value(labels, "alertname") ?? "Alert from Alertmanager";
        return new AlertRequest(
            Clip(message, AlertLimits.Message),
            alias,
            Priority(labels),
            Tags(labels),
            Details(labels, annotations, alert, payload),
            Clip(Value(labels, "instance") ?? Value(labels, "job"), AlertLimits.Entity),
            Source,
            Clip(Value(annotations, "description") ?? Value(annotations, "message"), AlertLimits.Description),
            Responders: Value(labels, "team") is { } team ? [new AlertResponder("team", Clip(team, 100))] : null);
    }

    /// <summary>Maps a <c>priority</c> label (P1–P5) or a <c>severity</c> label: critical→P1, error/high→P2, warning/medium→P3, low→P4, info→P5; P3 otherwise.</summary>
    public static AlertPriority Priority(IReadOnlyDictionary<string, string> labels)
    {
        var priority = Value(labels, "priority")?.ToUpperInvariant();
        if (priority is { Length: 2 } && priority[0] == 'P' && priority[1] is >= '1' and <= '5')
        {
            return (AlertPriority)(priority[1] - '0');
        }
        return Value(labels, "severity")?.ToLowerInvariant() switch
        {
            "critical" or "page" => AlertPriority.P1,
            "error" or "high" => AlertPriority.P2,
            "warning" or "warn" or "medium" => AlertPriority.P3,
            "low" => AlertPriority.P4,
            "info" or "informational" or "none" => AlertPriority.P5,
            _ => AlertPriority.P3,
        };
    }

    private static List<string> Tags(IReadOnlyDictionary<string, string> labels) =>
        [.. labels.OrderBy(l => l.Key != "alertname").ThenBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => Clip($"{l.Key}:{l.Value}", AlertLimits.Tag)!)
            .Where(t => t.Trim().Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(AlertLimits.Tags)];

    private static Dictionary<string, string> Details(IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> annotations,
        AlertmanagerAlert alert, AlertmanagerPayload payload)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        var room = AlertLimits.DetailsTotal;
        void Add(string key, string? value)
        {
            key = Clip(key, AlertLimits.DetailKey)!;
            if (!string.IsNullOrWhiteSpace(key) && value is not null && key.Length + value.Length <= room && details.TryAdd(key, value))
            {
                room -= key.Length + value.Length;
            }
        }
        Add("startsAt", alert.StartsAt);
        Add("generatorURL", alert.GeneratorUrl);
        Add("receiver", payload.Receiver);
        foreach (var (key, value) in annotations.Where(a => a.Key is not ("summary" or "description")))
        {
            Add(key, value);
        }
        foreach (var (key, value) in labels)
        {
            Add(key, value);
        }
        return details;
    }

    private static string? Value(IReadOnlyDictionary<string, string> map, string key) =>
        map.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string LabelText(IReadOnlyDictionary<string, string>? labels) =>
        string.Join("\n", (labels ?? new Dictionary<string, string>()).OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));

    private static string Hash(string text, int hexChars) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexChars];

    [return: NotNullIfNotNull(nameof(text))]
    private static string? Clip(string? text, int max) =>
        text is null || text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
