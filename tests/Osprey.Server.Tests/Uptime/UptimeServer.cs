using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Osprey.Server.Tests.Uptime;

/// <summary>Helpers for uptime tests over a live server: create monitors by API, and wait (without timing) for the engine to record a state.</summary>
internal static class UptimeServer
{
    public static string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..18];

    public static async Task<JsonNode> CreateAsync(HttpClient client, string json)
    {
        using var response = await client.PostAsync("api/monitors", new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public static async Task<string> StateAsync(HttpClient client, string name) =>
        (await client.GetOkAsync($"api/monitors/{name}"))["monitor"]!["status"]!["state"]!.GetValue<string>();

    /// <summary>Polls until the monitor reaches <paramref name="state"/>; fails after many polls rather than after a time.</summary>
    public static async Task WaitForStateAsync(HttpClient client, string name, string state)
    {
        for (var i = 0; i < 400; i++)
        {
            if (await StateAsync(client, name) == state)
            {
                return;
            }
            await Task.Delay(25);
        }
        Assert.Fail($"monitor {name} never reached state {state}; it is {await StateAsync(client, name)}");
    }

    /// <summary>Polls until the monitor has exactly one incident and it has ended (closing is a side effect that follows the state change).</summary>
    public static async Task<JsonNode> WaitForIncidentEndAsync(HttpClient client, string name)
    {
        for (var i = 0; i < 400; i++)
        {
            var incidents = (await client.GetOkAsync($"api/monitors/{name}"))["incidents"]!.AsArray();
            if (incidents.Count == 1 && incidents[0]!["ended_at"] is not null)
            {
                return incidents[0]!;
            }
            await Task.Delay(25);
        }
        Assert.Fail($"monitor {name} never had exactly one ended incident");
        return null!;
    }
}
