using System.Text.Json;
using Osprey.Core.Alerting;

namespace Osprey.Storage.Sqlite.Alerting;

/// <summary>Stores an alert's tags, details, actions and responders as JSON text columns.</summary>
internal static class AlertJson
{
    public static string List(IReadOnlyList<string>? items) => items is null || items.Count == 0 ? "[]" : JsonSerializer.Serialize(items);

    public static IReadOnlyList<string> ParseList(string text) =>
        text == "[]" ? [] : JsonSerializer.Deserialize<List<string>>(text) ?? [];

    public static string Map(IReadOnlyDictionary<string, string>? map) => map is null || map.Count == 0 ? "{}" : JsonSerializer.Serialize(map);

    public static IReadOnlyDictionary<string, string> ParseMap(string text) => text == "{}"
        ? new Dictionary<string, string>(StringComparer.Ordinal)
        : new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(text) ?? [], StringComparer.Ordinal);

    public static string Responders(IReadOnlyList<AlertResponder>? responders) =>
        responders is null || responders.Count == 0 ? "[]" : JsonSerializer.Serialize(responders.Select(r => new[] { r.Type, r.Name }));

    public static IReadOnlyList<AlertResponder> ParseResponders(string text) => text == "[]"
        ? []
        : [.. (JsonSerializer.Deserialize<List<string[]>>(text) ?? []).Select(pair => new AlertResponder(pair[0], pair[1]))];
}
