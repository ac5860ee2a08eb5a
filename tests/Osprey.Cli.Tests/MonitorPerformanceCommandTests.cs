using System.CommandLine;
using System.Text.Json;
using Osprey.Cli.Commands;
using Osprey.Core;
using Osprey.Core.Monitoring.Series;
using Osprey.Core.Serving.Predictions;
using Osprey.Storage.Sqlite;
using Osprey.TestKit;

namespace Osprey.Cli.Tests;

/// <summary><c>osprey monitor performance</c> on a workspace with a crafted prediction log, under a fixed clock.</summary>
/// <remarks>The command is mounted under a <c>monitor</c> group built here, as <c>MonitorCommand</c> mounts it.</remarks>
public sealed class MonitorPerformanceCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 8, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Performance_DegradedModel_PrintsTableBreachAndWritesReports()
    {
        using var home = new TempDirectory();
        var model = Some.Name("churn");
        await SeedAsync(home.Path, model);

        var (code, output, _) = await RunAsync(home.Path, "monitor", "performance", "--model", model, "--threshold", "f1=0.9",
            "--min-labelled", "1", "--report", home.File("out/perf.html"), "--json-out", home.File("out/perf.json"), "--fail-on-degraded");

        Assert.Equal(MonitorPerformanceCommand.DegradedExitCode, code);
        Assert.Contains("v2", output, StringComparison.Ordinal);
        Assert.Contains("breaches f1 < 0.9", output, StringComparison.Ordinal);
        Assert.Contains("Verdict: Degraded", output, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(home.File("out/perf.html"));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(home.File("out/perf.json")));
        var version = json.RootElement.GetProperty("versions")[0];
        Assert.Equal("Degraded", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(3, version.GetProperty("labelled").GetInt32());
        Assert.Equal(1, version.GetProperty("unlabelled").GetInt32());
    }

    [Fact]
    public async Task Performance_Healthy_ExitsZeroAndRecordsSeries()
    {
        using var home = new TempDirectory();
        var model = Some.Name("churn");
        await SeedAsync(home.Path, model);

        var (code, output, _) = await RunAsync(home.Path, "monitor", "performance", "--model", model, "--threshold", "accuracy<0.2", "--min-labelled", "1", "--fail-on-degraded");

        Assert.Equal(0, code);
        Assert.Contains("Verdict: Healthy", output, StringComparison.Ordinal);
        await using var database = await SqliteStores.OpenAsync(new WorkspaceOptions(home.Path).DatabasePath, CancellationToken.None);
        var f1 = await database.Stores.Series.QueryAsync(new SeriesQuery("model_f1", new Dictionary<string, string> { ["model"] = model }, 0, long.MaxValue), CancellationToken.None);
        Assert.NotEmpty(f1);
    }

    [Fact]
    public async Task Performance_BadThreshold_FailsNamingIt()
    {
        using var home = new TempDirectory();

        var failure = await Assert.ThrowsAsync<OspreyException>(() => RunAsync(home.Path, "monitor", "performance", "--model", "m", "--threshold", "f1=high"));

        Assert.Contains("'f1=high'", failure.Message, StringComparison.Ordinal);
    }

    private static async Task SeedAsync(string home, string model)
    {
        await using var database = await SqliteStores.OpenAsync(new WorkspaceOptions(home).DatabasePath, CancellationToken.None);
        var t = Now.ToUnixTimeMilliseconds() - 3_600_000;
        PredictionRecord Row(string id, string predicted, double p) =>
            new(model + id, 0, t, model, 2, "stable", "{}", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{{\"probability\":{p}}}"), predicted, 1);
        await database.Stores.PredictionLog.AppendAsync(PredictionBatch.From([Row("a", "Yes", 0.9), Row("b", "No", 0.2), Row("c", "Yes", 0.7), Row("d", "No", 0.1)]), CancellationToken.None);
        foreach (var (id, label) in new[] { ("a", "Yes"), ("b", "No"), ("c", "No") })
        {
            await database.Stores.PredictionLog.RecordGroundTruthAsync(new GroundTruth(model + id, 0, label, t + 10), CancellationToken.None);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string home, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var options = new GlobalOptions();
        var root = new RootCommand();
        options.AddTo(root);
        var context = new CommandContext(new Terminal(output, error), options, new CliEnvironment(_ => null, new ManualTimeProvider(Now), "tester"));
        var monitor = CommandContext.Group("monitor", "monitoring");
        monitor.Subcommands.Add(MonitorPerformanceCommand.Build(context));
        root.Subcommands.Add(monitor);
        var parse = root.Parse([.. args, "--home", home]);
        Assert.Empty(parse.Errors);
        var code = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }
}
