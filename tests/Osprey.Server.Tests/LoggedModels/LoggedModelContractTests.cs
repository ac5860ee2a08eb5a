using System.Text.Json;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Server.Contracts;
using Osprey.Server.Contracts.LoggedModels;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Server.Tests.LoggedModels;

/// <summary>The logged model DTOs and their mapping: MLflow's names on the wire, and a domain → JSON → domain round trip.</summary>
public sealed class LoggedModelContractTests
{
    private static readonly OspreyJsonContext Json = OspreyJsonContext.Default;

    [Fact]
    public void LoggedModel_RoundTripThroughJson_KeepsEveryField()
    {
        var model = new LoggedModel(new LoggedModelId("m-0123456789abcdef0123456789abcdef"), new ExperimentId(7), "churn", "Classifier", "r1",
            LoggedModelStatus.UploadFailed, "disk full", "mlflow-artifacts:/7/models/m/artifacts", 10, 20, LifecycleStage.Deleted,
            [new Tag("team", "ds")], [new Param("alpha", "0.1")],
            [new LoggedModelMetric("m-0123456789abcdef0123456789abcdef", "r1", new Metric("loss", double.NaN, 5, 2), "test", "abc")]);

        var json = JsonSerializer.Serialize(model.ToDto(), Json.LoggedModelDto);
        var back = JsonSerializer.Deserialize(json, Json.LoggedModelDto)!.ToDomain();

        Assert.Equal(model with { Tags = [], Params = [], Metrics = [] }, back with { Tags = [], Params = [], Metrics = [] });
        Assert.Equal(model.Tags, back.Tags);
        Assert.Equal(model.Params, back.Params);
        Assert.Equal(model.Metrics, back.Metrics);
    }

    [Fact]
    public void LoggedModelDto_Serialized_UsesMlflowNamesAndOmitsEmptyParts()
    {
        var model = new LoggedModel(new LoggedModelId("m-1"), new ExperimentId(3), "n", null, null, LoggedModelStatus.Ready, null,
            "mlflow-artifacts:/3/models/m-1/artifacts", 1, 2, LifecycleStage.Active, [], [], []);

        var json = JsonSerializer.Serialize(model.ToDto(), Json.LoggedModelDto);

        Assert.Equal(
            """{"info":{"model_id":"m-1","experiment_id":"3","name":"n","creation_timestamp_ms":1,"last_updated_timestamp_ms":2,"artifact_uri":"mlflow-artifacts:/3/models/m-1/artifacts","status":"LOGGED_MODEL_READY"},"data":{}}""",
            json);
    }

    [Theory]
    [InlineData("\"LOGGED_MODEL_READY\"", LoggedModelStatus.Ready)]
    [InlineData("\"ready\"", LoggedModelStatus.Ready)]
    [InlineData("2", LoggedModelStatus.Ready)]
    [InlineData("\"LOGGED_MODEL_UPLOAD_FAILED\"", LoggedModelStatus.UploadFailed)]
    [InlineData("\"FAILED\"", LoggedModelStatus.UploadFailed)]
    [InlineData("3", LoggedModelStatus.UploadFailed)]
    [InlineData("\"LOGGED_MODEL_PENDING\"", LoggedModelStatus.Pending)]
    public void ParseStatus_EverySpellingClientsSend_MapsToTheStatus(string json, LoggedModelStatus expected)
    {
        var request = JsonSerializer.Deserialize($$"""{"status": {{json}}}""", Json.FinalizeLoggedModelRequest)!;

        Assert.Equal(expected, LoggedModelEnumNames.ParseStatus(request.Status));
    }

    [Theory]
    [InlineData("{\"status\": \"DONE\"}")]
    [InlineData("{\"status\": 9}")]
    [InlineData("{}")]
    public void ParseStatus_NotAStatus_ThrowsInvalidParameterNamingTheField(string json)
    {
        var request = JsonSerializer.Deserialize(json, Json.FinalizeLoggedModelRequest)!;

        var failure = Assert.Throws<OspreyException>(() => LoggedModelEnumNames.ParseStatus(request.Status));

        Assert.Equal(ErrorCode.InvalidParameter, failure.Code);
        Assert.Contains("'status'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LogBatchRequest_MetricsNamingAModel_GoToTheModelAndTheRestToTheRun()
    {
        var request = JsonSerializer.Deserialize("""
            {"run_id": "r1", "metrics": [{"key": "a", "value": 1, "timestamp": 1, "step": 0},
                                         {"key": "b", "value": 2, "timestamp": 1, "step": 0, "model_id": "m-1", "dataset_name": "test"}]}
            """, Json.LogBatchRequest)!;

        var linked = Assert.Single(request.ToModelMetrics("r1"));

        Assert.Equal(new LoggedModelMetric("m-1", "r1", new Metric("b", 2, 1, 0), "test"), linked);
        Assert.Equal("a", Assert.Single(Osprey.Server.Api.RunBatchMapping.ToRunBatch(request).Metrics).Key);
    }

    [Fact]
    public void RunOutputs_NoneOrSome_AreAbsentOrListed()
    {
        Assert.Null(Array.Empty<ModelOutput>().ToDto());
        Assert.Equal("""{"model_outputs":[{"model_id":"m-1","step":3}]}""",
            JsonSerializer.Serialize(new[] { new ModelOutput("m-1", 3) }.ToDto(), Json.RunOutputsDto));
    }
}
