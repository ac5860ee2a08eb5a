using System.Text;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests.Services;

public sealed class RunServiceTests
{
    [Fact]
    public async Task CreateAsync_WithoutName_GeneratesOneAndTagsItAndTheUser()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var run = await f.Workspace.Runs.CreateAsync(new CreateRunRequest(null), default);

        Assert.Matches("^[a-z]+-[a-z]+-[0-9]+$", run.Info.RunName);
        Assert.Contains(new Tag("mlflow.runName", run.Info.RunName), run.Tags);
        Assert.Contains(new Tag("mlflow.user", "tester"), run.Tags);
        Assert.Equal(ExperimentId.Default, run.Info.ExperimentId);
        Assert.Equal($"mlflow-artifacts:/0/{run.Info.RunId}/artifacts", run.Info.ArtifactUri);
        Assert.Equal(f.Clock.GetUtcNow().ToUnixTimeMilliseconds(), run.Info.StartTime);
    }

    [Fact]
    public async Task CreateAsync_InDeletedExperiment_ThrowsInvalidStateNamingIt()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var name = Some.Name("exp");
        var id = await f.Workspace.Experiments.CreateAsync(name, null, null, default);
        await f.Workspace.Experiments.DeleteAsync(id.ToString(), default);

        var error = await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.Runs.CreateAsync(new CreateRunRequest(id.ToString()), default));

        Assert.Equal(ErrorCode.InvalidState, error.Code);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogBatchAsync_SettingRunNameTag_RenamesTheRun()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var run = await f.Workspace.Runs.CreateAsync(new CreateRunRequest(null, "before"), default);

        await f.Workspace.Runs.LogBatchAsync(run.Info.RunId.Value, new RunBatch([], [], [new Tag("mlflow.runName", "after")]), default);

        Assert.Equal("after", (await f.Workspace.Runs.GetAsync(run.Info.RunId.Value, default)).Info.RunName);
    }

    [Fact]
    public async Task GetMetricHistoryAsync_Paged_VisitsEveryStepOnceInOrder()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var run = await f.Workspace.Runs.CreateAsync(new CreateRunRequest(null), default);
        var metrics = Enumerable.Range(0, 25).Select(i => new Metric("loss", 1.0 / (i + 1), 1000 + i, i)).ToList();
        await f.Workspace.Runs.LogBatchAsync(run.Info.RunId.Value, new RunBatch(metrics, [], []), default);

        var steps = new List<long>();
        string? token = null;
        do
        {
            var page = await f.Workspace.Runs.GetMetricHistoryAsync(run.Info.RunId.Value, "loss", 10, token, default);
            steps.AddRange(page.Items.Select(m => m.Step));
            token = page.NextPageToken;
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 25).Select(i => (long)i), steps);
    }

    [Fact]
    public async Task GetMetricHistoryAsync_UnknownRun_ThrowsNotFound()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var error = await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.Runs.GetMetricHistoryAsync("0123456789abcdef0123456789abcdef", "loss", null, null, default));
        Assert.Equal(ErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task SearchAsync_PagedWithTokens_ReturnsEachMatchingRunOnce()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var experiment = (await f.Workspace.Experiments.CreateAsync(Some.Name("exp"), null, null, default)).ToString();
        for (var i = 0; i < 7; i++)
        {
            var run = await f.Workspace.Runs.CreateAsync(new CreateRunRequest(experiment, $"r{i}", StartTime: 1000 + i), default);
            await f.Workspace.Runs.LogBatchAsync(run.Info.RunId.Value, new RunBatch([new Metric("f1", i / 10.0, 1, 0)], [], []), default);
        }

        var names = new List<string>();
        string? token = null;
        do
        {
            var page = await f.Workspace.Runs.SearchAsync(new RunSearchRequest([experiment], "metrics.f1 >= 0.2", ["metrics.f1 DESC"], MaxResults: 2, PageToken: token), default);
            names.AddRange(page.Items.Select(r => r.Info.RunName));
            token = page.NextPageToken;
        }
        while (token is not null);

        Assert.Equal(["r6", "r5", "r4", "r3", "r2"], names);
        Assert.Equal(5, await f.Workspace.Runs.CountAsync(new RunSearchRequest([experiment], "metrics.f1 >= 0.2"), default));
    }

    [Fact]
    public async Task RunArtifacts_WriteListRead_StayInsideTheRun()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var runId = (await f.Workspace.Runs.CreateAsync(new CreateRunRequest(null), default)).Info.RunId.Value;

        await f.Workspace.RunArtifacts.WriteAsync(runId, "model/model.json", new MemoryStream(Encoding.UTF8.GetBytes("{}")), 100, default);
        var listed = await f.Workspace.RunArtifacts.ListAsync(runId, null, default);
        var inModel = await f.Workspace.RunArtifacts.ListAsync(runId, "model", default);

        Assert.Equal([("model", true)], listed.Select(e => (e.Path, e.IsDirectory)));
        Assert.Equal([("model/model.json", 2L)], inModel.Select(e => (e.Path, e.Size!.Value)));
        await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.RunArtifacts.OpenReadAsync(runId, "../../other/file", default));
    }
}
