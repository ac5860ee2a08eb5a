using System.Globalization;
using System.Text.Json;
using Osprey.Cli.Commands;
using Osprey.Cli.Tests.Learning;
using Osprey.TestKit;

namespace Osprey.Cli.Tests;

public sealed class MonitorDriftCommandTests
{
    [Fact]
    public async Task Drift_ShiftedCurrent_PrintsTableWritesReportAndJson()
    {
        using var cli = new CliRunner();
        using var folder = new TempDirectory();
        var reference = WriteCsv(folder.File("drift-ref.csv"), shift: 0);
        var current = WriteCsv(folder.File("drift-cur.csv"), shift: 3);

        var result = await cli.SucceedAsync("monitor", "drift", "--reference", reference, "--current", current, "--target", "label",
            "--report", folder.File("out/report.html"), "--json-out", folder.File("out/drift.json"));

        Assert.Contains("Dataset drift: DETECTED", result.Output, StringComparison.Ordinal);
        Assert.Contains("label (target)", result.Output, StringComparison.Ordinal);
        Assert.Contains("ks (p-value)", result.Output, StringComparison.Ordinal);
        Assert.Contains("id=\"drift-table\"", await File.ReadAllTextAsync(folder.File("out/report.html")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("out/drift.json")));
        Assert.True(json.RootElement.GetProperty("dataset_drift").GetBoolean());
        Assert.Equal(3, json.RootElement.GetProperty("columns").GetArrayLength());
    }

    [Fact]
    public async Task Drift_FailOnDriftWithDrift_ExitsWithTheDriftCode()
    {
        using var cli = new CliRunner();
        using var folder = new TempDirectory();
        var reference = WriteCsv(folder.File("fail-ref.csv"), shift: 0);
        var current = WriteCsv(folder.File("fail-cur.csv"), shift: 3);

        var drifted = await cli.RunAsync("monitor", "drift", "--reference", reference, "--current", current, "--fail-on-drift");
        var same = await cli.RunAsync("monitor", "drift", "--reference", reference, "--current", reference, "--fail-on-drift");

        Assert.Equal(MonitorDriftCommand.DriftDetected, drifted.ExitCode);
        Assert.Equal(0, same.ExitCode);
        Assert.Contains("Dataset drift: not detected", same.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drift_OverridesAndSavedProfile_AreAppliedAndReusable()
    {
        using var cli = new CliRunner();
        using var folder = new TempDirectory();
        var reference = WriteCsv(folder.File("override-ref.csv"), shift: 0);
        var profile = folder.File("override-profile.json");

        await cli.SucceedAsync("monitor", "drift", "--reference", reference, "--current", reference, "--save-profile", profile);
        var result = (await cli.SucceedAsync("--json", "monitor", "drift", "--reference", profile, "--current", reference,
            "--column-test", "amount=psi", "--threshold", "amount=0.3")).Json();

        var amount = result.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("column").GetString() == "amount");
        Assert.Equal("psi", amount.GetProperty("test").GetString());
        Assert.Equal(0.3, amount.GetProperty("threshold").GetDouble());
        Assert.Equal(0, amount.GetProperty("statistic").GetDouble(), 12);
    }

    [Fact]
    public async Task Drift_UnknownTestAndMissingCurrent_FailWithOneReadableLine()
    {
        using var cli = new CliRunner();
        using var folder = new TempDirectory();
        var reference = WriteCsv(folder.File("bad-ref.csv"), shift: 0);

        var badTest = await cli.RunAsync("monitor", "drift", "--reference", reference, "--current", reference, "--column-test", "amount=magic");
        var noCurrent = await cli.RunAsync("monitor", "drift", "--reference", reference);

        Assert.Equal(ExitCodes.InvalidInput, badTest.ExitCode);
        Assert.Contains("'magic' is not a drift test", Assert.Single(badTest.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, noCurrent.ExitCode);
        Assert.Contains("exactly one current data set", Assert.Single(noCurrent.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drift_ReferenceModel_ProfilesTheTrainingDataOnceAndStoresItWithTheRun()
    {
        using var cli = new CliRunner();
        var model = Some.Name("drift-churn");
        var trained = (await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model, "--alias", "champion", "--json"))).Json();
        var runId = trained.GetProperty("run_id").GetString()!;

        var result = (await cli.SucceedAsync("--json", "monitor", "drift", "--reference-model", $"models:/{model}@champion",
            "--current", LearningFiles.Telco, "--exclude", "customerID")).Json();

        Assert.False(result.GetProperty("dataset_drift").GetBoolean());
        Assert.Equal(7043, result.GetProperty("reference_rows").GetInt64());
        await using var workspace = await WorkspaceView.OpenAsync(cli);
        var stored = await workspace.TextAsync(runId, "monitoring/reference_profile.json");
        Assert.Contains("\"tenure\"", stored, StringComparison.Ordinal);
    }

    private static string WriteCsv(string path, double shift)
    {
        var random = new Random(11);
        var lines = new List<string> { "amount,plan,label" };
        for (var i = 0; i < 400; i++)
        {
            var plan = random.Next(3) switch { 0 => "basic", 1 => "plus", _ => "pro" };
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{random.NextDouble() * 10 + shift},{(shift > 0 && i % 2 == 0 ? "pro" : plan)},{random.Next(2) + (shift > 0 ? 1 : 0)}"));
        }
        File.WriteAllLines(path, lines);
        return path;
    }
}
