using Osprey.Cli.Tests.Learning;
using Osprey.TestKit;

namespace Osprey.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private const string Csv = "id,amount,plan\n1,10.5,basic\n2,-3,pro\n3,,basic\n4,7,gold\n";
    private readonly TempDirectory _folder = new();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Check_AllPass_PrintsTheTableAndExitsZero()
    {
        using var cli = new CliRunner();
        var data = Write("orders.csv", Csv);
        var suite = Write("ok.yaml", "checks:\n  - row_count: { min: 4 }\n  - unique: id\n  - allowed_values: { column: plan, values: [basic, pro, gold] }\n");

        var result = await cli.RunAsync("check", suite, "--data", data);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("allowed_values(plan)", result.Output, StringComparison.Ordinal);
        Assert.Contains("suite ok on orders: 4 rows, 3 checks: 3 passed, 0 warned, 0 failed; score 100%", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_OnlyWarnings_ExitsZero()
    {
        using var cli = new CliRunner();
        var data = Write("orders.csv", Csv);
        var suite = Write("warn.yaml", "checks:\n  - positive: { column: amount, level: warn }\n");

        var result = await cli.RunAsync("check", suite, "--data", data);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("warn", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 3 rows failed (33.33%); rows 2 (-3)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AFailingCheck_ExitsInvalidInputAndWritesJson()
    {
        using var cli = new CliRunner();
        var data = Write("orders.csv", Csv);
        var suite = Write("fail.yaml", "suite: orders-basics\nchecks:\n  - not_null: amount\n  - positive: amount\n  - row_count: { min: 1 }\n");
        var json = Path.Combine(_folder.Path, "out.json");

        var result = await cli.RunAsync("check", suite, "--data", data, "--json", json);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: 2 of 3 checks failed: not_null(amount), positive(amount).", result.ErrorLines.Single());
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        Assert.Equal(("orders-basics", "fail", 33.3333), (root.GetProperty("suite").GetString(), root.GetProperty("status").GetString(), root.GetProperty("score").GetDouble()));
        var notNull = root.GetProperty("checks")[0];
        Assert.Equal((1, 3), (notNull.GetProperty("unexpected_count").GetInt32(), notNull.GetProperty("examples")[0].GetProperty("row").GetInt32()));
    }

    [Fact]
    public async Task Check_JsonWithoutFile_PrintsTheDocument()
    {
        using var cli = new CliRunner();
        var data = Write("orders.csv", Csv);
        var suite = Write("s.yaml", "checks:\n  - unique: id\n");

        var result = await cli.RunAsync("check", suite, "--data", data, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("pass", result.Json().GetProperty("checks")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Check_MissingFilesOrColumn_ExitWithOneReadableLine()
    {
        using var cli = new CliRunner();
        var data = Write("orders.csv", Csv);
        var suite = Write("s.yaml", "checks:\n  - not_null: customer\n");

        var noData = await cli.RunAsync("check", suite, "--data", Path.Combine(_folder.Path, "none.csv"));
        var noSuite = await cli.RunAsync("check", Path.Combine(_folder.Path, "none.yaml"), "--data", data);
        var noColumn = await cli.RunAsync("check", suite, "--data", data);
        var badYaml = await cli.RunAsync("check", Write("bad.yaml", "checks:\n  - not_null: { colum: id }\n"), "--data", data);

        Assert.Equal((ExitCodes.NotFound, ExitCodes.NotFound, ExitCodes.InvalidInput), (noData.ExitCode, noSuite.ExitCode, noColumn.ExitCode));
        Assert.Contains("none.csv' does not exist", noData.Error, StringComparison.Ordinal);
        Assert.Contains("none.yaml' does not exist", noSuite.Error, StringComparison.Ordinal);
        Assert.Equal("error: check not_null(customer) names column 'customer', which orders does not have; its columns are: id, amount, plan", noColumn.ErrorLines.Single());
        Assert.Equal(ExitCodes.InvalidInput, badYaml.ExitCode);
        Assert.Contains("bad.yaml:2:17: checks[0].not_null: unknown field 'colum' (did you mean 'column'?)", badYaml.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ChurnSuiteOnTelco_WarnsAboutTheElevenBlankTotals()
    {
        using var cli = new CliRunner();
        var suite = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(LearningFiles.Telco))!, "examples", "churn", "checks.yaml");

        var result = await cli.RunAsync("check", suite, "--data", LearningFiles.Telco);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("11 of 7,043 rows failed (0.16%)", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 warned, 0 failed", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
