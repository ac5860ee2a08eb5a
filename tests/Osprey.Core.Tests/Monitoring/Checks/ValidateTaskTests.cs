using System.Text.Json;
using Osprey.Core.Monitoring.Checks;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Tasks;
using Osprey.Core.Pipelines.Tasks.Validation;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Checks;

public sealed class ValidateTaskTests : IDisposable
{
    private const string Csv = "id,tenure,charges,churn\n1,5,29.85,No\n2,34,1889.50,No\n3,2,53.85,Yes\n4,45,42.30,No\n";
    private readonly TempDirectory _folder = new();
    private readonly ManualTimeProvider _clock = new(CheckTables.Now);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<(TaskResult Result, string Log)> RunAsync(string settingsJson, RecordingSeriesStore? store = null)
    {
        using var settings = JsonDocument.Parse(settingsJson);
        var dispatch = new TaskDispatch(new PipelineRunId(Some.Name("run")), "churn", "check_data", "validate", 1, settings.RootElement.Clone(), null, false);
        var logPath = Path.Combine(_folder.Path, Some.Name("log") + ".log");
        TaskResult result;
        await using (var log = TaskLog.Open(logPath, _clock))
        {
            var run = new TaskRun(dispatch, new TaskSettings("check_data", settings.RootElement.Clone()), log, _folder.Path, _folder.Path, _clock);
            result = await new ValidateTaskRunner(store).RunAsync(run, CancellationToken.None);
        }
        return (result, File.ReadAllText(logPath));
    }

    [Fact]
    public async Task Run_SuiteFileThatHolds_SucceedsLogsTheTableAndRecordsTheScore()
    {
        Write("data.csv", Csv);
        Write("suite.yaml", "suite: basics\nchecks:\n  - row_count: { min: 4 }\n  - unique: id\n  - in_range: { column: tenure, min: 0, max: 100 }\n");
        var store = new RecordingSeriesStore();

        var (result, log) = await RunAsync("""{"data": "data.csv", "suite": "suite.yaml"}""", store);

        Assert.Equal(TaskOutcome.Succeeded, result.Outcome);
        Assert.Equal((4, 3, 100.0), (result.Outputs!["rows"].GetInt32(), result.Outputs["passed"].GetInt32(), result.Outputs["score"].GetDouble()));
        Assert.Contains("suite basics on data: 4 rows, 3 checks: 3 passed, 0 warned, 0 failed; score 100%", log, StringComparison.Ordinal);
        Assert.Contains("pass    in_range(tenure)", log, StringComparison.Ordinal);
        var point = Assert.Single(store.Points);
        Assert.Equal((QualityScoreRecorder.SeriesName, "basics", "data", 100.0, CheckTables.Now.ToUnixTimeMilliseconds()),
            (point.Name, point.Labels["suite"], point.Labels["data_set"], point.Value, point.Timestamp));
    }

    [Fact]
    public async Task Run_OlderInlineChecksThatFail_FailsNamingEachFailedCheck()
    {
        Write("data.csv", Csv + "5, ,-3,No\n6,200,NA,\n");

        var (result, _) = await RunAsync("""
            {"data": "data.csv", "data_set": "customers", "checks": [{"row_count": {"min": 100}}, {"not_null": ["tenure", "churn"]}, {"range": {"column": "tenure", "max": 100}}]}
            """);

        Assert.Equal(TaskOutcome.Failed, result.Outcome);
        Assert.StartsWith("4 of 4 checks failed on data.csv: row_count: 6 is outside [-∞, ∞]".Replace("[-∞, ∞]", "[100, ∞]", StringComparison.Ordinal), result.Message, StringComparison.Ordinal);
        Assert.Contains("not_null(tenure): 1 of 6 rows failed (16.67%)", result.Message, StringComparison.Ordinal);
        Assert.Contains("in_range(tenure): 1 of 5 rows failed (20%)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OnlyWarnings_SucceedsAndSaysSo()
    {
        Write("data.csv", Csv + "5,,10,No\n");

        var (result, log) = await RunAsync("""{"data": "data.csv", "checks": [{"not_null": {"column": "tenure", "mostly": 0.5, "warn": {"mostly": 1}}}]}""");

        Assert.Equal(TaskOutcome.Succeeded, result.Outcome);
        Assert.Equal("1 checks warned", result.Message);
        Assert.Contains("warn    not_null(tenure)", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadInputs_FailWithAReadableMessage()
    {
        Write("data.csv", Csv);
        Write("bad.yaml", "checks:\n  - not_null: { column: id, mostly: 3 }\n");

        var column = await RunAsync("""{"data": "data.csv", "checks": [{"not_null": "customer"}]}""");
        var file = await RunAsync("""{"data": "missing.csv", "checks": [{"row_count": {"min": 1}}]}""");
        var none = await RunAsync("""{"data": "data.csv"}""");
        var suite = await RunAsync("""{"data": "data.csv", "suite": "bad.yaml"}""");

        Assert.Equal("tasks.check_data: check not_null(customer) names column 'customer', which data does not have; its columns are: id, tenure, charges, churn", column.Result.Message);
        Assert.Contains("missing.csv' does not exist", file.Result.Message, StringComparison.Ordinal);
        Assert.Equal("tasks.check_data.with: give suite (a check suite file) or checks (a list of checks), or both", none.Result.Message);
        Assert.EndsWith("bad.yaml:2:37: checks[0].not_null.mostly must be between 0 and 1 (the fraction of rows that must pass), got 3", suite.Result.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
