using Osprey.Core;
using Osprey.Core.Monitoring.Series;
using Osprey.Storage.Sqlite;

namespace Osprey.Cli.Tests.Pipelines;

/// <summary><c>osprey run</c> leaves the series alert rules read in the workspace.</summary>
public sealed class RunSeriesTests
{
    private const string IngestThenFailingLoad = """
        name: refresh
        tasks:
          ingest:
            type: shell
            with:
              command: "echo ingesting"
          load:
            type: shell
            depends_on: ingest
            with:
              command: "echo 'table locked' >&2; exit 3"
        """;

    [Fact]
    public async Task Run_FailingShellTask_RecordsItsFailureAndTheOtherTasksSuccessInTheWorkspace()
    {
        using var cli = new CliRunner();
        var file = RunCommandTests.Write(cli, "refresh.yaml", IngestThenFailingLoad);

        var result = await cli.RunAsync("run", file, "--workers", "1");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        await using var database = await SqliteStores.OpenAsync(new WorkspaceOptions(cli.Home).DatabasePath, CancellationToken.None);
        var failure = Assert.Single(await QueryAsync(database, "pipeline_task_failures"));
        Assert.Equal(new Dictionary<string, string> { ["pipeline"] = "refresh", ["task"] = "load", ["state"] = "failed" }, failure.Labels);
        var success = Assert.Single(await QueryAsync(database, "pipeline_task_successes"));
        Assert.Equal("ingest", success.Labels["task"]);
        Assert.Equal(["ingest", "load"], (await QueryAsync(database, "pipeline_task_duration_seconds")).Select(p => p.Labels["task"]).Order(StringComparer.Ordinal));
        Assert.Single(await QueryAsync(database, "pipeline_run_failures"));
    }

    private static Task<IReadOnlyList<SeriesPoint>> QueryAsync(SqliteWorkspaceDatabase database, string name) =>
        database.Stores.Series.QueryAsync(new SeriesQuery(name, new Dictionary<string, string> { ["pipeline"] = "refresh" }, 0, long.MaxValue), CancellationToken.None);
}
