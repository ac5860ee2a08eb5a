using System.Text;
using Osprey.Server.Tests.Fixtures;
using Osprey.TestKit;

namespace Osprey.Server.Tests.LoggedModels;

/// <summary>The shared fixture scenario plus a READY logged model from its run: params, a tag, an MLmodel file and one linked metric.</summary>
public static class LoggedModelScenario
{
    private const string Mlflow = "/api/2.0/mlflow";

    /// <summary>Creates the data; adds <c>model_id</c>, <c>logged_model_name</c> and <c>model_artifact_path</c> to the shared scenario's variables.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CreateAsync(HttpClient client)
    {
        var scenario = await Scenario.CreateAsync(client);
        var variables = new Dictionary<string, string>(scenario.Variables);
        var name = Some.Name("logged");
        var created = await client.PostOkAsync($"{Mlflow}/logged-models", $$"""
            {"experiment_id": "{{variables["experiment_id"]}}", "name": "{{name}}", "model_type": "Classifier",
             "source_run_id": "{{variables["run_id"]}}", "params": [{"key": "alpha", "value": "0.1"}],
             "tags": [{"key": "team", "value": "ds"}]}
            """);
        var modelId = (string)created["model"]!["info"]!["model_id"]!;
        var artifactPath = ((string)created["model"]!["info"]!["artifact_uri"]!)["mlflow-artifacts:/".Length..];
        using (var upload = await client.PutAsync($"/api/2.0/mlflow-artifacts/artifacts/{artifactPath}/MLmodel",
            new StringContent("flavors: {}", Encoding.UTF8, "text/plain")))
        {
            await upload.ReadOkAsync();
        }
        await client.PostOkAsync($"{Mlflow}/runs/log-batch", $$"""
            {"run_id": "{{variables["run_id"]}}",
             "metrics": [{"key": "acc", "value": 0.9, "timestamp": 1700000000300, "step": 0, "model_id": "{{modelId}}", "dataset_name": "test"}]}
            """);
        using (var finalize = await client.SendJsonAsync(HttpMethod.Patch, $"{Mlflow}/logged-models/{modelId}",
            $$"""{"model_id": "{{modelId}}", "status": "LOGGED_MODEL_READY"}"""))
        {
            await finalize.ReadOkAsync();
        }
        variables["model_id"] = modelId;
        variables["logged_model_name"] = name;
        variables["model_artifact_path"] = artifactPath;
        return variables;
    }
}
