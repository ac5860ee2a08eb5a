using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Osprey.Server.Tests;

/// <summary>Small JSON-over-HTTP helpers for tests: send raw JSON, read JSON back, and read MLflow error bodies.</summary>
public static class HttpJson
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.SendJsonAsync(HttpMethod.Post, path, json);

    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        return await client.SendAsync(request);
    }

    /// <summary>Posts JSON, asserts 200 and returns the parsed answer.</summary>
    public static async Task<JsonNode> PostOkAsync(this HttpClient client, string path, string json)
    {
        using var response = await client.PostJsonAsync(path, json);
        return await response.ReadOkAsync();
    }

    /// <summary>Sends a GET, asserts 200 and returns the parsed answer.</summary>
    public static async Task<JsonNode> GetOkAsync(this HttpClient client, string pathAndQuery)
    {
        using var response = await client.GetAsync(pathAndQuery);
        return await response.ReadOkAsync();
    }

    public static async Task<JsonNode> ReadOkAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200 from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Reads an MLflow error body and asserts its status and error code; returns the message.</summary>
    public static async Task<string> ReadErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string errorCode)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} {errorCode}, got {(int)response.StatusCode}: {body}");
        var json = JsonNode.Parse(body)!;
        Assert.Equal(errorCode, (string?)json["error_code"]);
        var message = (string?)json["message"];
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message!;
    }
}
