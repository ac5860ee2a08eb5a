using Osprey.Core.Pipelines.Runs;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Tasks;

public sealed class ValidateTaskRunnerTests
{
    private const string Csv = "id,tenure,charges,churn\n1,5,29.85,No\n2,34,\"1,889.50\",No\n3,2,53.85,Yes\n4,45,42.30,No\n";

    [Fact]
    public async Task Run_ChecksThatHold_SucceedsWithRowAndColumnCounts()
    {
        using var harness = new TaskHarness();
        harness.File("data.csv", Csv);

        var done = await harness.RunAsync("validate", """
            {"data": "data.csv", "checks": [{"row_count": {"min": 4, "max": 10}}, {"not_null": ["id", "churn"]}, {"range": {"column": "tenure", "min": 0, "max": 100}}]}
            """);

        Assert.Equal(TaskOutcome.Succeeded, done.Outcome);
        Assert.Equal((4, 4, 3), (done.Outputs!["rows"].GetInt32(), done.Outputs["columns"].GetInt32(), done.Outputs["checks"].GetInt32()));
        Assert.Contains("passed range(tenure)", harness.Log(done), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FailingChecks_FailsNamingEachFailure()
    {
        using var harness = new TaskHarness();
        harness.File("data.csv", Csv + "5, ,-3,No\n6,200,NA,\n");

        var done = await harness.RunAsync("validate", """
            {"data": "data.csv", "checks": [{"row_count": {"min": 100}}, {"not_null": ["tenure", "churn"]}, {"range": {"column": "tenure", "max": 100}}, {"range": {"column": "charges", "min": 0}}]}
            """);

        Assert.Equal(TaskOutcome.Failed, done.Outcome);
        Assert.Contains("4 of 4 checks failed on data.csv", done.Message, StringComparison.Ordinal);
        Assert.Contains("row_count: 6 rows, fewer than the minimum of 100", done.Message, StringComparison.Ordinal);
        Assert.Contains("not_null: tenure is empty in 1 rows, churn is empty in 1 rows", done.Message, StringComparison.Ordinal);
        Assert.Contains("range: tenure has 1 values outside [-∞, 100]", done.Message, StringComparison.Ordinal);
        Assert.Contains("range: charges has 1 values outside [0, ∞] and 1 that are not numbers (for example '1,889.50')", done.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownColumnOrMissingFile_FailsSayingSo()
    {
        using var harness = new TaskHarness();
        harness.File("data.csv", Csv);

        var column = await harness.RunAsync("validate", """{"data": "data.csv", "checks": [{"not_null": "customer"}]}""");
        var file = await harness.RunAsync("validate", """{"data": "missing.csv", "checks": [{"row_count": {"min": 1}}]}""");
        var check = await harness.RunAsync("validate", """{"data": "data.csv", "checks": [{"unique": "id"}]}""");

        Assert.Equal("not_null names column 'customer', which the file does not have (it has id, tenure, charges, churn)", column.Message);
        Assert.Contains("missing.csv' does not exist", file.Message, StringComparison.Ordinal);
        Assert.Equal("tasks.t.with.checks[0].unique is not a check; use row_count, not_null or range", check.Message);
    }
}
