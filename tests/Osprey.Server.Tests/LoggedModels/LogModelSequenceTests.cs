using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Osprey.TestKit;

namespace Osprey.Server.Tests.LoggedModels;

/// <summary>Replays, request by request, what an MLflow 3 client sends for
/// <c>with mlflow.start_run(): mlflow.log_param(...); mlflow.log_metric(...); mlflow.sklearn.log_model(clf, name="model", registered_model_name=...)</c>,
/// then loads the registered version back as <c>mlflow.pyfunc.load_model("models:/name/1")</c> does.</summary>
public sealed class LogModelSequenceTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Mlflow = "/api/2.0/mlflow";

    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task SklearnLogModel_WithRegisteredModelName_RegistersAVersionThatDownloadsTheModelFiles()
    {
        var registered = Some.Name("churn");
        var experimentId = await TestData.CreateExperimentAsync(Client);
        var runId = await StartRunAsync(experimentId);
        await Client.PostOkAsync($"{Mlflow}/runs/log-batch", $$"""{"run_id": "{{runId}}", "params": [{"key": "C", "value": "1.0"}]}""");
        await Client.PostOkAsync($"{Mlflow}/runs/log-batch", $$"""{"run_id": "{{runId}}", "metrics": [{"key": "accuracy", "value": 0.93, "timestamp": 1700000000100, "step": 0}]}""");

        var (modelId, artifactUri) = await LogModelAsync(experimentId, runId);
        var version = await RegisterAsync(registered, modelId);
        await Client.PostOkAsync($"{Mlflow}/runs/update", $$"""{"run_id": "{{runId}}", "status": "FINISHED", "end_time": 1700000009000}""");

        var downloadUri = (string)(await Client.GetOkAsync($"{Mlflow}/model-versions/get-download-uri?name={registered}&version=1"))["artifact_uri"]!;
        var root = downloadUri["mlflow-artifacts:/".Length..];
        var listing = await Client.GetOkAsync($"/api/2.0/mlflow-artifacts/artifacts?path={Uri.EscapeDataString(root)}");
        var mlmodel = await Client.GetStringAsync($"/api/2.0/mlflow-artifacts/artifacts/{root}/MLmodel");

        Assert.Equal(artifactUri, downloadUri);
        Assert.Equal(Mlmodel(modelId), mlmodel);
        Assert.Equal(["MLmodel", "model.pkl", "requirements.txt"], listing["files"]!.AsArray().Select(f => (string)f!["path"]!).Order(StringComparer.Ordinal));
        Assert.Equal(("1", $"models:/{modelId}", runId, modelId),
            ((string?)version["version"], (string?)version["source"], (string?)version["run_id"], (string?)version["model_id"]));
        await AssertRunAndModelAgreeAsync(runId, modelId, registered);
    }

    private async Task<string> StartRunAsync(string experimentId)
    {
        var created = await Client.PostOkAsync($"{Mlflow}/runs/create", $$"""
            {"experiment_id": "{{experimentId}}", "start_time": 1700000000000, "run_name": "{{Some.Name("run")}}",
             "tags": [{"key": "mlflow.user", "value": "ana"}, {"key": "mlflow.source.name", "value": "train.py"}, {"key": "mlflow.source.type", "value": "LOCAL"}]}
            """);
        return (string)created["run"]!["info"]!["run_id"]!;
    }

    /// <summary>mlflow.models.Model.log: the logged model, the run's output, the metrics of its step, the files, then READY.</summary>
    private async Task<(string ModelId, string ArtifactUri)> LogModelAsync(string experimentId, string runId)
    {
        var run = await TestData.GetRunAsync(Client, runId);
        var parameters = run["data"]!["params"]!.ToJsonString();
        var created = await Client.PostOkAsync($"{Mlflow}/logged-models", $$"""
            {"experiment_id": "{{experimentId}}", "name": "model", "source_run_id": "{{runId}}", "params": {{parameters}},
             "tags": [{"key": "mlflow.user", "value": "ana"}, {"key": "mlflow.source.name", "value": "train.py"}, {"key": "mlflow.source.type", "value": "LOCAL"}]}
            """);
        var modelId = (string)created["model"]!["info"]!["model_id"]!;
        Assert.Equal("LOGGED_MODEL_PENDING", (string?)created["model"]!["info"]!["status"]);
        await Client.PostOkAsync($"{Mlflow}/runs/outputs", $$"""{"run_id": "{{runId}}", "models": [{"model_id": "{{modelId}}", "step": 0}]}""");
        await LinkStepMetricsAsync(runId, modelId);

        var model = await Client.GetOkAsync($"{Mlflow}/logged-models/{modelId}");
        var artifactUri = (string)model["model"]!["info"]!["artifact_uri"]!;
        var root = artifactUri["mlflow-artifacts:/".Length..];
        await UploadAsync($"{root}/MLmodel", Mlmodel(modelId));
        await UploadAsync($"{root}/model.pkl", "pickled-bytes");
        await UploadAsync($"{root}/requirements.txt", "scikit-learn==1.2.1\n");

        using var finalize = await Client.SendJsonAsync(HttpMethod.Patch, $"{Mlflow}/logged-models/{modelId}",
            $$"""{"model_id": "{{modelId}}", "status": "LOGGED_MODEL_READY"}""");
        Assert.Equal("LOGGED_MODEL_READY", (string?)(await finalize.ReadOkAsync())["model"]!["info"]!["status"]);
        return (modelId, artifactUri);
    }

    /// <summary>The client re-sends every metric of the run's history at the model's step, now carrying the model's id.</summary>
    private async Task LinkStepMetricsAsync(string runId, string modelId)
    {
        var run = await TestData.GetRunAsync(Client, runId);
        var linked = new JsonArray();
        foreach (var key in run["data"]!["metrics"]!.AsArray().Select(m => (string)m!["key"]!))
        {
            var history = await Client.GetOkAsync($"{Mlflow}/metrics/get-history?run_id={runId}&metric_key={key}");
            foreach (var point in history["metrics"]!.AsArray().Where(p => (long)p!["step"]! == 0))
            {
                var copy = point!.DeepClone().AsObject();
                copy["model_id"] = modelId;
                copy["run_id"] = runId;
                linked.Add(copy);
            }
        }
        await Client.PostOkAsync($"{Mlflow}/runs/log-batch", $$"""{"run_id": "{{runId}}", "metrics": {{linked.ToJsonString()}}}""");
    }

    /// <summary>mlflow.register_model("models:/&lt;model_id&gt;", name): the model (already there is fine), the version, the wait for READY, the model's tag.</summary>
    private async Task<JsonNode> RegisterAsync(string name, string modelId)
    {
        await Client.PostOkAsync($"{Mlflow}/registered-models/create", $$"""{"name": "{{name}}"}""");
        using (var again = await Client.PostJsonAsync($"{Mlflow}/registered-models/create", $$"""{"name": "{{name}}"}"""))
        {
            await again.ReadErrorAsync(HttpStatusCode.BadRequest, "RESOURCE_ALREADY_EXISTS");
        }
        await Client.PostOkAsync($"{Mlflow}/model-versions/create", $$"""{"name": "{{name}}", "source": "models:/{{modelId}}", "model_id": "{{modelId}}"}""");
        var version = (await Client.GetOkAsync($"{Mlflow}/model-versions/get?name={name}&version=1"))["model_version"]!;
        Assert.Equal("READY", (string?)version["status"]);

        await Client.GetOkAsync($"{Mlflow}/logged-models/{modelId}");
        var versions = $$"""[{\"name\": \"{{name}}\", \"version\": \"1\"}]""";
        using var tag = await Client.SendJsonAsync(HttpMethod.Patch, $"{Mlflow}/logged-models/{modelId}/tags",
            $$"""{"tags": [{"key": "mlflow.modelVersions", "value": "{{versions}}"}]}""");
        await tag.ReadOkAsync();
        return version;
    }

    private async Task AssertRunAndModelAgreeAsync(string runId, string modelId, string registered)
    {
        var run = await TestData.GetRunAsync(Client, runId);
        var model = (await Client.GetOkAsync($"{Mlflow}/logged-models/{modelId}"))["model"]!;
        var linked = Assert.Single(model["data"]!["metrics"]!.AsArray())!;

        Assert.Equal(modelId, (string?)Assert.Single(run["outputs"]!["model_outputs"]!.AsArray())!["model_id"]);
        Assert.Single(await TestData.HistoryAsync(Client, runId, "accuracy"));
        Assert.Equal(("accuracy", 0.93, runId), ((string?)linked["key"], (double)linked["value"]!, (string?)linked["run_id"]));
        Assert.Equal([("C", "1.0")], model["data"]!["params"]!.AsArray().Select(p => ((string)p!["key"]!, (string)p["value"]!)));
        Assert.Contains(registered, (string?)model["info"]!["tags"]!.AsArray().Single(t => (string?)t!["key"] == "mlflow.modelVersions")!["value"], StringComparison.Ordinal);
    }

    private static string Mlmodel(string modelId) => $"artifact_path: model\nflavors:\n  sklearn:\n    pickled_model: model.pkl\nmodel_id: {modelId}\n";

    private async Task UploadAsync(string path, string text)
    {
        using var response = await Client.PutAsync($"/api/2.0/mlflow-artifacts/artifacts/{path}", new StringContent(text, Encoding.UTF8, "application/octet-stream"));
        await response.ReadOkAsync();
    }
}
