using System.Text.Json.Nodes;
using Osprey.TestKit;

namespace Osprey.Server.Tests;

/// <summary>Creates uniquely named experiments, runs and models through the API for tests that need a little data.</summary>
public static class TestData
{
    public const string Mlflow = "/api/2.0/mlflow";

    public static async Task<string> CreateExperimentAsync(HttpClient client, string? name = null)
    {
        var answer = await client.PostOkAsync($"{Mlflow}/experiments/create", $$"""{"name": "{{name ?? Some.Name("experiment")}}"}""");
        return (string)answer["experiment_id"]!;
    }

    /// <summary>Creates an experiment and a run in it; returns the run's id.</summary>
    public static async Task<string> CreateRunAsync(HttpClient client, string? experimentId = null)
    {
        experimentId ??= await CreateExperimentAsync(client);
        var answer = await client.PostOkAsync($"{Mlflow}/runs/create", $$"""{"experiment_id": "{{experimentId}}"}""");
        return (string)answer["run"]!["info"]!["run_id"]!;
    }

    public static async Task<JsonObject> GetRunAsync(HttpClient client, string runId) =>
        (await client.GetOkAsync($"{Mlflow}/runs/get?run_id={runId}"))["run"]!.AsObject();

    /// <summary>Gets a metric's full history as (step, value) pairs.</summary>
    public static async Task<IReadOnlyList<(long Step, double Value)>> HistoryAsync(HttpClient client, string runId, string key)
    {
        var answer = await client.GetOkAsync($"{Mlflow}/metrics/get-history?run_id={runId}&metric_key={Uri.EscapeDataString(key)}");
        return answer["metrics"]?.AsArray().Select(m => ((long)m!["step"]!, (double)m["value"]!)).ToList() ?? [];
    }

    /// <summary>Counts the members of a run's data section (metrics, params or tags).</summary>
    public static int Count(JsonObject run, string section) => run["data"]?[section]?.AsArray().Count ?? 0;
}
