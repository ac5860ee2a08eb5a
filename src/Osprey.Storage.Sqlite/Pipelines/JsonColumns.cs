using System.Buffers;
using System.Text.Json;

namespace Osprey.Storage.Sqlite.Pipelines;

/// <summary>Stores JSON maps (parameters, outputs) and lists (a branch's chosen children) as text columns.</summary>
internal static class JsonColumns
{
    public static string? Map(IReadOnlyDictionary<string, JsonElement>? map)
    {
        if (map is null)
        {
            return null;
        }
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in map)
            {
                writer.WritePropertyName(key);
                value.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyDictionary<string, JsonElement>? ParseMap(string? text)
    {
        if (text is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(text);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    public static string? List(IReadOnlyList<string>? items) => items is null ? null : JsonSerializer.Serialize(items);

    public static IReadOnlyList<string>? ParseList(string? text)
    {
        if (text is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(text);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetString()!)];
    }

    public static string Element(JsonElement element) => element.ValueKind == JsonValueKind.Undefined ? "{}" : element.GetRawText();

    public static JsonElement ParseElement(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
