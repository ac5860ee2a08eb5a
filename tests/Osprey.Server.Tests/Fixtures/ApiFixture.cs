using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Osprey.TestKit;

namespace Osprey.Server.Tests.Fixtures;

/// <summary>One request/response fixture file: method, path, query or body, optional setup requests, and the expected status and answer.</summary>
/// <remarks><c>{{name}}</c> in the file is replaced by a scenario value; names starting with <c>new_</c> get a fresh unique value.</remarks>
public sealed partial class ApiFixture(JsonObject spec)
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public JsonObject Spec { get; } = spec;

    /// <summary>Lists fixture names such as <c>tracking/runs-get</c>.</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f)[..^".json".Length].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static ApiFixture Load(string name, IReadOnlyDictionary<string, string> variables)
    {
        var fresh = new Dictionary<string, string>();
        var text = Placeholder().Replace(File.ReadAllText(Path.Combine(Root, name + ".json")), m =>
        {
            var key = m.Groups[1].Value;
            if (variables.TryGetValue(key, out var value))
            {
                return value;
            }
            if (key.StartsWith("new_", StringComparison.Ordinal))
            {
                return fresh.TryGetValue(key, out var made) ? made : fresh[key] = Some.Name(key[4..]);
            }
            throw new InvalidOperationException($"Fixture {name} uses unknown variable {key}.");
        });
        return new ApiFixture(JsonNode.Parse(text)!.AsObject());
    }

    public IEnumerable<JsonObject> Before => Spec["before"]?.AsArray().Select(s => s!.AsObject()) ?? [];

    /// <summary>Sends the fixture's own request.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpClient client) => SendAsync(client, Spec);

    /// <summary>Sends a request described by method, path, query, body or raw_body.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, JsonObject request)
    {
        var uri = (string)request["path"]! + QueryString(request["query"]?.AsObject());
        using var message = new HttpRequestMessage(new HttpMethod((string)request["method"]!), uri);
        if (request["body"] is { } body)
        {
            message.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        else if (request["raw_body"] is { } raw)
        {
            message.Content = new StringContent((string)raw!, Encoding.UTF8, "text/plain");
        }
        return await client.SendAsync(message);
    }

    private static string QueryString(JsonObject? query)
    {
        if (query is null)
        {
            return "";
        }
        var parts = query.SelectMany(p => p.Value is JsonArray list
            ? list.Select(v => (p.Key, Value: (string)v!))
            : [(p.Key, Value: (string)p.Value!)]);
        return "?" + string.Join('&', parts.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
