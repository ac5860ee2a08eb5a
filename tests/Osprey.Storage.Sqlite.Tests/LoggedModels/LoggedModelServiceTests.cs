using System.Text;
using System.Text.RegularExpressions;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Storage.Sqlite.Tests.Services;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests.LoggedModels;

/// <summary>The logged model service over a real SQLite workspace: naming, placement, validation, metric linking and registry use.</summary>
public sealed partial class LoggedModelServiceTests
{
    [Fact]
    public async Task Create_WithoutName_GeneratesOneAndPlacesFilesUnderTheExperiment()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var (experiment, run) = await ExperimentWithRunAsync(f);

        var model = await f.Workspace.LoggedModels.CreateAsync(new CreateLoggedModelRequest(experiment, SourceRunId: run.Info.RunId.Value), default);

        Assert.Matches(GeneratedId(), model.ModelId.Value);
        Assert.False(string.IsNullOrWhiteSpace(model.Name));
        Assert.Equal($"mlflow-artifacts:/{experiment}/models/{model.ModelId}/artifacts", model.ArtifactLocation);
        Assert.Equal((LoggedModelStatus.Pending, Now(f), Now(f)), (model.Status, model.CreationTimestamp, model.LastUpdatedTimestamp));
        Assert.Equal(run.Info.RunId.Value, model.SourceRunId);
    }

    [Theory]
    [InlineData("my/model")]
    [InlineData("model:v2")]
    [InlineData("model.v2")]
    public async Task Create_NameWithForbiddenCharacter_ThrowsInvalidParameterNamingIt(string name)
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var (experiment, _) = await ExperimentWithRunAsync(f);

        var failure = await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.LoggedModels.CreateAsync(new CreateLoggedModelRequest(experiment, name), default));

        Assert.Equal(ErrorCode.InvalidParameter, failure.Code);
        Assert.Contains(name, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnknownSourceRun_ThrowsNotFoundAndCreatesNothing()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var (experiment, _) = await ExperimentWithRunAsync(f);

        var failure = await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.LoggedModels.CreateAsync(
            new CreateLoggedModelRequest(experiment, "lost", SourceRunId: RunId.New().Value), default));

        Assert.Equal(ErrorCode.NotFound, failure.Code);
        Assert.Empty((await f.Workspace.LoggedModels.SearchAsync(new LoggedModelSearchRequest([experiment]), default)).Items);
    }

    [Fact]
    public async Task Finalize_ToPending_ThrowsInvalidParameter()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var model = await NewModelAsync(f);

        var failure = await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.LoggedModels.FinalizeAsync(model.ModelId.Value, LoggedModelStatus.Pending, default));

        Assert.Equal(ErrorCode.InvalidParameter, failure.Code);
        Assert.Contains("READY or UPLOAD_FAILED", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DeletedModel_IsNotFoundUnlessDeletedOnesAreAllowed()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var model = await NewModelAsync(f);
        await f.Workspace.LoggedModels.DeleteAsync(model.ModelId.Value, default);

        var failure = await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.LoggedModels.GetAsync(model.ModelId.Value, false, default));
        var deleted = await f.Workspace.LoggedModels.GetAsync(model.ModelId.Value, true, default);

        Assert.Equal(ErrorCode.NotFound, failure.Code);
        Assert.Equal(LifecycleStage.Deleted, deleted.LifecycleStage);
    }

    [Fact]
    public async Task LogMetrics_ResentRunHistory_LinksItButAddsToTheRunOnlyWhatIsNew()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var model = await NewModelAsync(f);
        var runId = model.SourceRunId!;
        var accuracy = new Metric("acc", 0.9, 1_000, 0);
        await f.Workspace.Runs.LogBatchAsync(runId, new RunBatch([accuracy], [], []), default);

        await f.Workspace.LoggedModels.LogMetricsAsync(runId, [Linked(model, accuracy), Linked(model, new Metric("f1", 0.7, 1_000, 0))], default);

        Assert.Single((await f.Workspace.Runs.GetMetricHistoryAsync(runId, "acc", null, null, default)).Items);
        Assert.Single((await f.Workspace.Runs.GetMetricHistoryAsync(runId, "f1", null, null, default)).Items);
        Assert.Equal(["acc", "f1"], (await f.Workspace.LoggedModels.GetAsync(model.ModelId.Value, false, default)).Metrics.Select(m => m.Metric.Key));
    }

    [Fact]
    public async Task CreateVersion_FromLoggedModel_LinksItsRunAndResolvesToItsFiles()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var model = await NewModelAsync(f);
        var name = Some.Name("registered");
        await f.Workspace.Models.CreateAsync(name, null, null, default);

        var version = await f.Workspace.Versions.CreateAsync(name, model.ModelId.Uri, null, null, null, default);

        Assert.Equal(model.SourceRunId, version.RunId);
        Assert.Equal($"models:/{model.ModelId}", version.Source);
        Assert.Equal(model.ArtifactLocation, await f.Workspace.Versions.GetDownloadUriAsync(name, "1", default));
    }

    [Fact]
    public async Task CreateVersion_FromDeletedLoggedModel_ThrowsInvalidState()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var model = await NewModelAsync(f);
        var name = Some.Name("registered");
        await f.Workspace.Models.CreateAsync(name, null, null, default);
        await f.Workspace.LoggedModels.DeleteAsync(model.ModelId.Value, default);

        var failure = await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.Versions.CreateAsync(name, model.ModelId.Uri, null, null, null, default));

        Assert.Equal(ErrorCode.InvalidState, failure.Code);
    }

    [Fact]
    public async Task ListArtifacts_FilesUnderTheModel_AreListedRelativeToItsRoot()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var model = await NewModelAsync(f);
        var root = model.ArtifactLocation["mlflow-artifacts:/".Length..];
        await WriteAsync(f, $"{root}/MLmodel", "flavors: {}");
        await WriteAsync(f, $"{root}/data/model.pkl", "bytes");

        var top = await f.Workspace.LoggedModels.ListArtifactsAsync(model.ModelId.Value, null, default);
        var data = await f.Workspace.LoggedModels.ListArtifactsAsync(model.ModelId.Value, "data", default);

        Assert.Equal(model.ArtifactLocation, top.RootUri);
        Assert.Equal([("MLmodel", false), ("data", true)], top.Files.Select(e => (e.Path, e.IsDirectory)));
        Assert.Equal(("data/model.pkl", 5L), (Assert.Single(data.Files).Path, Assert.Single(data.Files).Size!.Value));
    }

    [Fact]
    public async Task Search_FilterTextSortFieldAndPageToken_WalkTheMatchesInOrder()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var (experiment, run) = await ExperimentWithRunAsync(f);
        var runId = run.Info.RunId.Value;
        var models = new List<LoggedModel>();
        foreach (var (name, accuracy) in new[] { ("alpha", 0.7), ("beta", 0.9), ("gamma", 0.8), ("other", 0.99) })
        {
            var model = await f.Workspace.LoggedModels.CreateAsync(new CreateLoggedModelRequest(experiment, name, SourceRunId: runId), default);
            await f.Workspace.LoggedModels.LogMetricsAsync(runId, [Linked(model, new Metric("acc", accuracy, 1, 0))], default);
            models.Add(model);
        }
        var request = new LoggedModelSearchRequest([experiment], "metrics.acc >= 0.7 AND name != 'other'",
            OrderBy: [new LoggedModelOrderBy("metrics.acc", Ascending: false)], MaxResults: 2);

        var first = await f.Workspace.LoggedModels.SearchAsync(request, default);
        var second = await f.Workspace.LoggedModels.SearchAsync(request with { PageToken = first.NextPageToken }, default);

        Assert.Equal(["beta", "gamma"], first.Items.Select(m => m.Name));
        Assert.Equal(["alpha"], second.Items.Select(m => m.Name));
        Assert.Null(second.NextPageToken);
    }

    [Fact]
    public async Task Search_UnknownAttribute_ThrowsInvalidParameterWithItsPosition()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var (experiment, _) = await ExperimentWithRunAsync(f);

        var failure = await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.LoggedModels.SearchAsync(
            new LoggedModelSearchRequest([experiment], "colour = 'red'"), default));

        Assert.Equal(ErrorCode.InvalidParameter, failure.Code);
        Assert.Contains("column 1", failure.Message, StringComparison.Ordinal);
    }

    private static LoggedModelMetric Linked(LoggedModel model, Metric metric) => new(model.ModelId.Value, model.SourceRunId ?? "", metric);

    private static async Task<(string Experiment, Run Run)> ExperimentWithRunAsync(WorkspaceFixture f)
    {
        var experiment = (await f.Workspace.Experiments.CreateAsync(Some.Name("experiment"), null, null, default)).ToString();
        return (experiment, await f.Workspace.Runs.CreateAsync(new CreateRunRequest(experiment), default));
    }

    private static async Task<LoggedModel> NewModelAsync(WorkspaceFixture f)
    {
        var (experiment, run) = await ExperimentWithRunAsync(f);
        return await f.Workspace.LoggedModels.CreateAsync(new CreateLoggedModelRequest(experiment, Some.Name("model"), SourceRunId: run.Info.RunId.Value), default);
    }

    private static async Task WriteAsync(WorkspaceFixture f, string path, string text)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        await f.Workspace.ArtifactStore.WriteAsync(path, content, 1 << 20, default);
    }

    private static long Now(WorkspaceFixture f) => f.Clock.GetUtcNow().ToUnixTimeMilliseconds();

    [GeneratedRegex("^m-[0-9a-f]{32}$")]
    private static partial Regex GeneratedId();
}
