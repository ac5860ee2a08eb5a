using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests.Services;

public sealed class RegistryServiceTests
{
    [Fact]
    public async Task CreateVersion_FromRunsUri_LinksTheRunAndResolvesTheDownloadUri()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var (name, run) = await ModelWithRunAsync(f);

        var version = await f.Workspace.Versions.CreateAsync(name, $"runs:/{run.Info.RunId}/model", null, null, null, default);

        Assert.Equal(run.Info.RunId.Value, version.RunId);
        Assert.Equal(run.Info.ArtifactUri + "/model", await f.Workspace.Versions.GetDownloadUriAsync(name, "1", default));
    }

    [Fact]
    public async Task CreateVersion_WithUnknownRun_ThrowsNotFoundAndCreatesNothing()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var (name, _) = await ModelWithRunAsync(f);

        await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.Versions.CreateAsync(name, "runs:/0123456789abcdef0123456789abcdef/model", null, null, null, default));

        Assert.Empty((await f.Workspace.Models.GetAsync(name, default)).LatestVersions);
    }

    [Fact]
    public async Task ResolveAsync_EveryUriForm_FindsTheRightVersion()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var (name, run) = await ModelWithRunAsync(f);
        for (var i = 0; i < 3; i++)
        {
            await f.Workspace.Versions.CreateAsync(name, run.Info.ArtifactUri, run.Info.RunId.Value, null, null, default);
        }
        await f.Workspace.Versions.TransitionStageAsync(name, "2", "Production", true, null, default);
        await f.Workspace.Aliases.SetAsync(name, "champion", "1", null, default);

        Assert.Equal(2, (await f.Workspace.Versions.ResolveAsync($"models:/{name}/2", default)).Version);
        Assert.Equal(3, (await f.Workspace.Versions.ResolveAsync($"models:/{name}/latest", default)).Version);
        Assert.Equal(2, (await f.Workspace.Versions.ResolveAsync($"models:/{name}/production", default)).Version);
        Assert.Equal(1, (await f.Workspace.Versions.ResolveAsync($"{name}@champion", default)).Version);
        var error = await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.Versions.ResolveAsync($"models:/{name}/Staging", default));
        Assert.Equal(ErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task RollbackAsync_AfterTwoMoves_PointsBackAtThePreviousHolderAndRecordsWhy()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var name = await ModelWithVersionsAsync(f, 3);
        await f.Workspace.Aliases.SetAsync(name, "champion", "1", "first", default);
        await f.Workspace.Aliases.SetAsync(name, "champion", "3", "better f1", default);

        var move = await f.Workspace.Aliases.RollbackAsync(name, "champion", null, default);

        Assert.Equal((3, 1), (move.FromVersion!.Value, move.ToVersion!.Value));
        Assert.Equal("rollback from version 3 to version 1", move.Reason);
        Assert.Equal("tester", move.Actor);
        Assert.Equal(1, (await f.Workspace.Aliases.GetVersionAsync(name, "champion", default)).Version);
    }

    [Fact]
    public async Task RollbackAsync_WithNoPreviousHolder_ThrowsInvalidState()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var name = await ModelWithVersionsAsync(f, 1);
        await f.Workspace.Aliases.SetAsync(name, "champion", "1", null, default);

        var error = await Assert.ThrowsAsync<OspreyException>(() => f.Workspace.Aliases.RollbackAsync(name, "champion", null, default));
        Assert.Equal(ErrorCode.InvalidState, error.Code);
    }

    [Fact]
    public async Task GetHolderAtAsync_AliasAndStage_AnswerForPastTimes()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var name = await ModelWithVersionsAsync(f, 2);
        var t0 = f.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        f.Clock.Advance(TimeSpan.FromHours(1));
        await f.Workspace.Aliases.SetAsync(name, "champion", "1", null, default);
        await f.Workspace.Versions.TransitionStageAsync(name, "1", "Production", true, null, default);
        f.Clock.Advance(TimeSpan.FromHours(1));
        var t1 = f.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        f.Clock.Advance(TimeSpan.FromHours(1));
        await f.Workspace.Aliases.SetAsync(name, "champion", "2", null, default);
        await f.Workspace.Versions.TransitionStageAsync(name, "2", "Production", true, null, default);
        var t2 = f.Clock.GetUtcNow().ToUnixTimeMilliseconds();

        Assert.Null(await f.Workspace.Aliases.GetHolderAtAsync(name, "champion", t0, default));
        Assert.Equal(1, await f.Workspace.Aliases.GetHolderAtAsync(name, "champion", t1, default));
        Assert.Equal(2, await f.Workspace.Aliases.GetHolderAtAsync(name, "champion", t2, default));
        Assert.Equal(1, await f.Workspace.Aliases.GetHolderAtAsync(name, "Production", t1, default));
        Assert.Equal(2, await f.Workspace.Aliases.GetHolderAtAsync(name, "production", t2, default));
        Assert.Equal(1, await f.Workspace.Aliases.GetHolderAtAsync(name, "Archived", t2, default));
    }

    [Fact]
    public async Task DeleteModel_RecordsTheAliasItEmptied()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var name = await ModelWithVersionsAsync(f, 1);
        await f.Workspace.Aliases.SetAsync(name, "champion", "1", null, default);
        f.Clock.Advance(TimeSpan.FromMinutes(5));

        await f.Workspace.Models.DeleteAsync(name, default);

        Assert.Null(await f.Workspace.Aliases.GetHolderAtAsync(name, "champion", f.Clock.GetUtcNow().ToUnixTimeMilliseconds(), default));
    }

    [Fact]
    public async Task GetLineageAsync_ReturnsTheRunsParamsMetricsAndDatasets()
    {
        await using var f = await WorkspaceFixture.OpenAsync();
        var (name, run) = await ModelWithRunAsync(f);
        var runId = run.Info.RunId.Value;
        await f.Workspace.Runs.LogBatchAsync(runId, new RunBatch([new Metric("f1", 0.71, 1, 0)], [new Param("trees", "200")], []), default);
        await f.Workspace.Runs.LogInputsAsync(runId, [new DatasetInput(new Dataset("telco", "abc123", "local", "data/telco.csv", "{}", "{\"rows\":7043}"), [new Tag("mlflow.data.context", "training")])], default);
        await f.Workspace.Versions.CreateAsync(name, $"runs:/{runId}/model", null, null, null, default);

        var lineage = await f.Workspace.Versions.GetLineageAsync(name, "1", default);

        Assert.Equal(0.71, Assert.Single(lineage.Run!.Metrics).Value);
        Assert.Equal(new Param("trees", "200"), Assert.Single(lineage.Run.Params));
        Assert.Equal("abc123", Assert.Single(lineage.Run.Inputs).Dataset.Digest);
    }

    private static async Task<(string Name, Run Run)> ModelWithRunAsync(WorkspaceFixture f)
    {
        var name = Some.Name("model");
        await f.Workspace.Models.CreateAsync(name, null, null, default);
        return (name, await f.Workspace.Runs.CreateAsync(new CreateRunRequest(null), default));
    }

    private static async Task<string> ModelWithVersionsAsync(WorkspaceFixture f, int count)
    {
        var (name, run) = await ModelWithRunAsync(f);
        for (var i = 0; i < count; i++)
        {
            await f.Workspace.Versions.CreateAsync(name, run.Info.ArtifactUri, run.Info.RunId.Value, null, null, default);
        }
        return name;
    }
}
