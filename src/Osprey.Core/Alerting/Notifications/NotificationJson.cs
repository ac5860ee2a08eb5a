using System.Text.Json;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>Writes the JSON bodies of webhook and Slack deliveries.</summary>
public static class NotificationJson
{
    /// <summary>Returns the generic webhook body: delivery id, timestamp, channel, recipient and the notifications carried.</summary>
    public static byte[] Webhook(Delivery delivery)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("deliveryId", delivery.Id);
            json.WriteNumber("timestamp", delivery.At.ToUnixTimeSeconds());
            json.WriteString("channel", delivery.Channel.Name);
            json.WriteString("recipient", delivery.User is { } user ? "user:" + user.Name : "channel:" + delivery.Channel.Name);
            json.WriteBoolean("digest", delivery.IsDigest);
            json.WriteStartArray("notifications");
            foreach (var item in delivery.Items)
            {
                json.WriteStartObject();
                json.WriteString("alertId", item.AlertId);
                json.WriteNumber("tinyId", item.TinyId);
                json.WriteString("message", item.Message);
                json.WriteString("priority", item.Priority.ToString());
                json.WriteString("event", item.Event.ToString().ToLowerInvariant());
                json.WriteNumber("eventSequence", item.EventSequence);
                json.WriteString("at", DateTimeOffset.FromUnixTimeMilliseconds(item.At).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("note", item.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Returns a Slack incoming-webhook body: <c>text</c> (the fallback) and <c>blocks</c> (a header, one section per notification, a context line).</summary>
    public static byte[] Slack(Delivery delivery)
    {
        var mention = delivery.User?.SlackHandle is { } handle ? handle + " " : "";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("text", mention + delivery.Title);
            json.WriteStartArray("blocks");
            Block(json, "header", "plain_text", Truncate(delivery.Title, 150));
            foreach (var item in delivery.Items)
            {
                var note = item.Note is null ? "" : $"\n{item.Note}";
                Block(json, "section", "mrkdwn", Truncate($"{mention}*{Delivery.Line(item)}*{note}", 3000));
            }
            json.WriteStartObject();
            json.WriteString("type", "context");
            json.WriteStartArray("elements");
            json.WriteStartObject();
            json.WriteString("type", "mrkdwn");
            json.WriteString("text", $"Osprey delivery `{delivery.Id}`");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Block(Utf8JsonWriter json, string type, string textType, string text)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteStartObject("text");
        json.WriteString("type", textType);
        json.WriteString("text", text);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
