using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Osprey.Server.Api;

/// <summary>Turns a query string into the JSON object a request type expects, so GET and DELETE parameters bind exactly like a JSON body.</summary>
/// <remarks>
/// Repeated keys become arrays for list members (MLflow sends <c>stages=A&amp;stages=B</c>), "true"/"false" become booleans,
/// and everything else stays a string: numeric members accept strings, as protobuf JSON does for int64.
/// Unknown keys are ignored, as MLflow ignores them.
/// </remarks>
internal static class QueryJson
{
    /// <summary>Writes the query parameters that name members of <paramref name="type"/> as a UTF-8 JSON object.</summary>
    public static byte[] Build(IQueryCollection query, JsonTypeInfo type)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in type.Properties)
            {
                if (query.TryGetValue(property.Name, out var values) && values.Count > 0)
                {
                    WriteMember(writer, property, values);
                }
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteMember(Utf8JsonWriter writer, JsonPropertyInfo property, Microsoft.Extensions.Primitives.StringValues values)
    {
        writer.WritePropertyName(property.Name);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable)))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }
            writer.WriteEndArray();
        }
        else if (type == typeof(bool) && bool.TryParse(values[0], out var flag))
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteStringValue(values[0]);
        }
    }
}
