using System.Text.Json;
using System.Text.Json.Nodes;

namespace Osprey.Server.Tests.Fixtures;

/// <summary>Compares an answer with an expected shape: "*" matches any present value, objects must have exactly the expected members, and lists of tags (objects with a "key") compare in any order.</summary>
public static class JsonShape
{
    public const string Any = "*";

    /// <summary>Returns null when <paramref name="actual"/> has the expected shape, otherwise where and how it differs.</summary>
    public static string? Mismatch(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        if (expected is JsonValue wildcard && wildcard.TryGetValue<string>(out var text) && text == Any)
        {
            return actual is null ? $"{path}: expected a value, found none" : null;
        }
        return (expected, actual) switch
        {
            (null, null) => null,
            (null, _) or (_, null) => $"{path}: expected {Show(expected)}, found {Show(actual)}",
            (JsonObject e, JsonObject a) => ObjectMismatch(e, a, path),
            (JsonArray e, JsonArray a) => ArrayMismatch(e, a, path),
            (JsonValue e, JsonValue a) => JsonNode.DeepEquals(e, a) || NumbersEqual(e, a) ? null : $"{path}: expected {Show(e)}, found {Show(a)}",
            _ => $"{path}: expected {Show(expected)}, found {Show(actual)}",
        };
    }

    private static string? ObjectMismatch(JsonObject expected, JsonObject actual, string path)
    {
        foreach (var (name, value) in expected)
        {
            if (!actual.ContainsKey(name))
            {
                return $"{path}.{name}: missing (expected {Show(value)})";
            }
            if (Mismatch(value, actual[name], $"{path}.{name}") is { } problem)
            {
                return problem;
            }
        }
        var extra = actual.Select(p => p.Key).FirstOrDefault(k => !expected.ContainsKey(k));
        return extra is null ? null : $"{path}.{extra}: unexpected member {Show(actual[extra])}";
    }

    private static string? ArrayMismatch(JsonArray expected, JsonArray actual, string path)
    {
        if (expected.Count != actual.Count)
        {
            return $"{path}: expected {expected.Count} items, found {actual.Count}: {Show(actual)}";
        }
        var e = SortedByKey(expected);
        var a = SortedByKey(actual);
        for (var i = 0; i < e.Count; i++)
        {
            if (Mismatch(e[i], a[i], $"{path}[{i}]") is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    // MLflow does not promise an order for tags, params or metrics; compare those by key.
    private static List<JsonNode?> SortedByKey(JsonArray items) =>
        items.All(i => i is JsonObject o && o["key"] is JsonValue)
            ? items.OrderBy(i => (string?)i!["key"], StringComparer.Ordinal).ToList()
            : items.ToList();

    private static bool NumbersEqual(JsonValue expected, JsonValue actual) =>
        expected.GetValueKind() == JsonValueKind.Number && actual.GetValueKind() == JsonValueKind.Number
        && expected.GetValue<double>() == actual.GetValue<double>();

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "nothing";
}
