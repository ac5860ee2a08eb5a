using System.Buffers;
using System.Text;
using System.Text.Json;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Notifications;

namespace Osprey.Storage.Sqlite.Notifications;

/// <summary>Stores a notification's content as a JSON text column.</summary>
internal static class ContentColumn
{
    public static string Write(NotificationContent content)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("alertId", content.AlertId);
            json.WriteNumber("tinyId", content.TinyId);
            json.WriteString("message", content.Message);
            json.WriteNumber("priority", (int)content.Priority);
            json.WriteString("event", content.Event.ToString());
            json.WriteNumber("sequence", content.EventSequence);
            json.WriteNumber("at", content.At);
            json.WriteString("note", content.Note);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static NotificationContent Read(string text)
    {
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        return new NotificationContent(
            root.GetProperty("alertId").GetString()!,
            root.GetProperty("tinyId").GetInt64(),
            root.GetProperty("message").GetString()!,
            (AlertPriority)root.GetProperty("priority").GetInt32(),
            Enum.Parse<AlertEventKind>(root.GetProperty("event").GetString()!),
            root.GetProperty("sequence").GetInt64(),
            root.GetProperty("at").GetInt64(),
            root.GetProperty("note").GetString());
    }
}
