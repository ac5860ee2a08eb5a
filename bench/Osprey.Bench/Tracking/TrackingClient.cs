using System.Net;
using System.Text;
using System.Text.Json;

namespace Osprey.Bench.Tracking;

/// <summary>A thin MLflow REST client over raw JSON, as a load generator sees the server.</summary>
internal sealed class TrackingClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = baseAddress,
        DefaultRequestVersion = HttpVersion.Version11,
    };

    public async Task<JsonElement> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(path, content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {body}");
        }
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<string> CreateRunAsync(string experimentId, string name)
    {
        var run = await PostAsync("api/2.0/mlflow/runs/create", $$"""{"experiment_id":"{{experimentId}}","run_name":"{{name}}","start_time":1700000000000}""");
        return run.GetProperty("run").GetProperty("info").GetProperty("run_id").GetString()!;
    }

    public async Task<string> CreateExperimentAsync(string name)
    {
        var created = await PostAsync("api/2.0/mlflow/experiments/create", $$"""{"name":"{{name}}"}""");
        return created.GetProperty("experiment_id").GetString()!;
    }

    public void Dispose() => _http.Dispose();
}
