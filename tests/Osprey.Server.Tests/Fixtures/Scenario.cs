using System.Text;
using Osprey.TestKit;

namespace Osprey.Server.Tests.Fixtures;

/// <summary>The data every fixture starts from, made through the API: an experiment with a tagged run (two loss values, one param, one artifact) and a registered model whose version 1 comes from that run and holds the alias champion.</summary>
public sealed class Scenario
{
    private const string Mlflow = "/api/2.0/mlflow";

    private Scenario(Dictionary<string, string> variables) => Variables = variables;

    /// <summary>Gets the values fixtures refer to as <c>{{name}}</c>.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }

    public static async Task<Scenario> CreateAsync(HttpClient client)
    {
        var experimentName = Some.Name("experiment");
        var runName = Some.Name("run");
        var modelName = Some.Name("model");
        var experimentId = (string)(await client.PostOkAsync($"{Mlflow}/experiments/create",
            $$"""{"name": "{{experimentName}}", "tags": [{"key": "team", "value": "ds"}]}"""))["experiment_id"]!;
        var run = await client.PostOkAsync($"{Mlflow}/runs/create",
            $$"""{"experiment_id": "{{experimentId}}", "run_name": "{{runName}}", "start_time": 1700000000000, "tags": [{"key": "team", "value": "ds"}]}""");
        var runId = (string)run["run"]!["info"]!["run_id"]!;
        var artifactUri = (string)run["run"]!["info"]!["artifact_uri"]!;
        var artifactPath = artifactUri.Substring("mlflow-artifacts:/".Length);
        await client.PostOkAsync($"{Mlflow}/runs/log-batch", $$"""
            {"run_id": "{{runId}}",
             "metrics": [{"key": "loss", "value": 0.5, "timestamp": 1700000000100, "step": 0},
                         {"key": "loss", "value": 0.25, "timestamp": 1700000000200, "step": 1}],
             "params": [{"key": "lr", "value": "0.01"}]}
            """);
        using (var upload = await client.PutAsync($"/api/2.0/mlflow-artifacts/artifacts/{artifactPath}/model/MLmodel",
            new StringContent("flavors: {}", Encoding.UTF8, "text/plain")))
        {
            await upload.ReadOkAsync();
        }
        await client.PostOkAsync($"{Mlflow}/registered-models/create", $$"""{"name": "{{modelName}}", "description": "churn model"}""");
        await client.PostOkAsync($"{Mlflow}/model-versions/create",
            $$"""{"name": "{{modelName}}", "source": "runs:/{{runId}}/model", "run_id": "{{runId}}"}""");
        await client.PostOkAsync($"{Mlflow}/registered-models/alias", $$"""{"name": "{{modelName}}", "alias": "champion", "version": "1"}""");
        return new Scenario(new Dictionary<string, string>
        {
            ["experiment_name"] = experimentName,
            ["experiment_id"] = experimentId,
            ["run_name"] = runName,
            ["run_id"] = runId,
            ["artifact_path"] = artifactPath,
            ["model_name"] = modelName,
        });
    }
}
