using System.Text.Json;
using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Osprey.Server.Contracts;
using Osprey.Server.Contracts.Registry;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Server.Tests.Contracts;

/// <summary>The DTOs and their mapping survive a domain → JSON → domain round trip, as a typed client relies on.</summary>
public sealed class ContractMappingTests
{
    private static readonly OspreyJsonContext Json = OspreyJsonContext.Default;

    [Fact]
    public void Run_RoundTripThroughJson_KeepsEveryField()
    {
        var run = new Run(
            new RunInfo(new RunId("0123456789abcdef0123456789abcdef"), new ExperimentId(7), "brave-owl", "ana", RunStatus.Finished, 1_700_000_000_000, 1_700_000_009_000, "mlflow-artifacts:/7/r/artifacts", LifecycleStage.Deleted),
            [new Metric("loss", double.NaN, 1_700_000_000_100, 3), new Metric("acc", double.PositiveInfinity, 5, 0)],
            [new Param("lr", "0.01")],
            [new Tag("team", "ds")],
            [new DatasetInput(new Dataset("churn", "abc", "local", "data.csv", null, "{\"rows\": 3}"), [new Tag("mlflow.data.context", "training")])]);

        var json = JsonSerializer.Serialize(run.ToDto(), Json.RunDto);
        var back = JsonSerializer.Deserialize(json, Json.RunDto)!.ToDomain();

        Assert.Equal(run.Info, back.Info);
        Assert.Equal(run.Metrics.Select(m => (m.Key, m.Timestamp, m.Step)), back.Metrics.Select(m => (m.Key, m.Timestamp, m.Step)));
        Assert.True(double.IsNaN(back.Metrics[0].Value));
        Assert.Equal(double.PositiveInfinity, back.Metrics[1].Value);
        Assert.Equal(run.Params, back.Params);
        Assert.Equal(run.Tags, back.Tags);
        Assert.Equal(run.Inputs[0].Dataset, back.Inputs[0].Dataset);
        Assert.Equal(run.Inputs[0].Tags, back.Inputs[0].Tags);
    }

    [Fact]
    public void RunDto_Serialized_UsesMlflowNamesAndNumbers()
    {
        var info = new RunInfo(new RunId("abc"), new ExperimentId(7), "n", "u", RunStatus.Running, 42, null, "mlflow-artifacts:/x", LifecycleStage.Active);

        var json = JsonSerializer.Serialize(new Run(info, [], [], [], []).ToDto(), Json.RunDto);

        Assert.Equal(
            """{"info":{"run_id":"abc","run_uuid":"abc","run_name":"n","experiment_id":"7","user_id":"u","status":"RUNNING","start_time":42,"artifact_uri":"mlflow-artifacts:/x","lifecycle_stage":"active"},"data":{},"inputs":{}}""",
            json);
    }

    [Fact]
    public void ModelVersion_RoundTripThroughJson_KeepsEveryField()
    {
        var version = new ModelVersion("churn", 3, 10, 20, "best", "ana", ModelStage.Production, "runs:/r/model", "r", "http://link",
            ModelVersionStatus.Ready, "", [new Tag("k", "v")], ["champion", "blue"]);

        var json = JsonSerializer.Serialize(version.ToDto(), Json.ModelVersionDto);
        var back = JsonSerializer.Deserialize(json, Json.ModelVersionDto)!.ToDomain();

        Assert.Contains("\"version\":\"3\"", json);
        Assert.Contains("\"current_stage\":\"Production\"", json);
        Assert.Equal(version with { Tags = back.Tags, Aliases = back.Aliases }, back);
        Assert.Equal(version.Tags, back.Tags);
        Assert.Equal(version.Aliases, back.Aliases);
    }

    [Fact]
    public void RegisteredModel_RoundTripThroughJson_KeepsAliasesAndLatestVersions()
    {
        var latest = new ModelVersion("churn", 2, 1, 2, "", "", ModelStage.Staging, "s", null, "", ModelVersionStatus.Ready, "", [], []);
        var model = new RegisteredModel("churn", 1, 2, "d", [latest], [new Tag("team", "ds")], [new ModelAlias("champion", 2)]);

        var json = JsonSerializer.Serialize(model.ToDto(), Json.RegisteredModelDto);
        var back = JsonSerializer.Deserialize(json, Json.RegisteredModelDto)!.ToDomain();

        Assert.Equal(model.Aliases, back.Aliases);
        Assert.Equal(model.Tags, back.Tags);
        Assert.Equal(ModelStage.Staging, Assert.Single(back.LatestVersions).CurrentStage);
        Assert.Contains("\"aliases\":[{\"alias\":\"champion\",\"version\":\"2\"}]", json);
    }

    [Fact]
    public void RegistryEvent_RoundTripThroughJson_KeepsEveryField()
    {
        var change = new RegistryEvent(9, "churn", RegistryEventKind.AliasSet, "champion", 2, 1, "ana", "regression", 1234);

        var json = JsonSerializer.Serialize(change.ToDto(), Json.RegistryEventDto);

        Assert.Equal(change, JsonSerializer.Deserialize(json, Json.RegistryEventDto)!.ToDomain());
    }

    [Fact]
    public void Experiment_RoundTripThroughJson_KeepsEveryField()
    {
        var experiment = new Experiment(new ExperimentId(4), "churn", "mlflow-artifacts:/4", LifecycleStage.Active, 1, 2, [new Tag("a", "b")]);

        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(experiment.ToDto(), Json.ExperimentDto), Json.ExperimentDto)!.ToDomain();

        Assert.Equal(experiment with { Tags = back.Tags }, back);
        Assert.Equal(experiment.Tags, back.Tags);
    }

    [Theory]
    [InlineData(ErrorCode.NotFound, 404, "RESOURCE_DOES_NOT_EXIST")]
    [InlineData(ErrorCode.AlreadyExists, 400, "RESOURCE_ALREADY_EXISTS")]
    [InlineData(ErrorCode.InvalidParameter, 400, "INVALID_PARAMETER_VALUE")]
    [InlineData(ErrorCode.Conflict, 400, "INVALID_PARAMETER_VALUE")]
    [InlineData(ErrorCode.InvalidState, 400, "INVALID_STATE")]
    [InlineData(ErrorCode.Unauthorized, 401, "UNAUTHENTICATED")]
    [InlineData(ErrorCode.LimitExceeded, 413, "RESOURCE_LIMIT_EXCEEDED")]
    [InlineData(ErrorCode.Unavailable, 503, "TEMPORARILY_UNAVAILABLE")]
    public void ToHttp_EveryErrorCode_MapsToMlflowStatusAndName(ErrorCode code, int status, string name)
    {
        Assert.Equal((status, name), ApiErrorCodes.ToHttp(code));
        Assert.NotNull(ApiErrorCodes.FromName(name));
    }

    [Fact]
    public void ParseRunStatus_UnknownName_ThrowsInvalidParameterNamingTheField()
    {
        var error = Assert.Throws<OspreyException>(() => TrackingEnumNames.ParseRunStatus("DONE", "status"));

        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Contains("'status'", error.Message);
    }
}
