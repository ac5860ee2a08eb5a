using System.Buffers;
using System.Collections;
using System.Text.Json;
using Osprey.Core.Pipelines.Templates;

namespace Osprey.Core.Pipelines;

/// <summary>Turns plain .NET values (strings, numbers, booleans, null, lists, maps, JSON elements) into settings trees and JSON.</summary>
internal static class SettingsValueFactory
{
    /// <summary>Builds a settings tree, parsing templates in strings; template syntax errors become problems at <paramref name="field"/>.</summary>
    public static TemplatedValue Create(object? value, string field, List<PipelineProblem> problems)
    {
        switch (value)
        {
            case string text when text.Contains("{{", StringComparison.Ordinal):
                var template = Template.Parse(text);
                if (!template.Success)
                {
                    problems.Add(new(field, $"{field} has a bad template: {template.Error!.Message}", template.Error.Position));
                    return new TemplatedLiteral(ToJson(text));
                }
                return new TemplatedText(template.Value!);
            case IEnumerable<KeyValuePair<string, object?>> map:
                return new TemplatedMap([.. map.Select(e => new KeyValuePair<string, TemplatedValue>(e.Key, Create(e.Value, $"{field}.{e.Key}", problems)))]);
            case IDictionary dictionary:
                return Create(dictionary.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(k.ToString()!, dictionary[k])).ToList(), field, problems);
            case IEnumerable items and not string:
                return new TemplatedList([.. items.Cast<object?>().Select((item, i) => Create(item, $"{field}[{i}]", problems))]);
            default:
                return new TemplatedLiteral(ToJson(value));
        }
    }

    /// <summary>Converts a plain value to JSON; throws <see cref="ArgumentException"/> for types that have no JSON form.</summary>
    public static JsonElement ToJson(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonWriting.Options))
        {
            Write(writer, value);
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte or uint or ulong or ushort or sbyte:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case double or float:
                writer.WriteNumberValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                Write(writer, dictionary.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(k.ToString()!, dictionary[k])).ToList());
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A setting of type {value.GetType().Name} has no JSON form; use strings, numbers, booleans, lists or maps.", nameof(value));
        }
    }
}
