using System.Globalization;
using System.Text.Json;
using Osprey.Core;
using Osprey.Core.Serving.Predictions;
using Osprey.Storage.Sqlite;
using Osprey.TestKit;

namespace Osprey.Cli.Tests.Remote;

/// <summary><c>osprey monitor performance</c> and <c>osprey monitor drift --current-model</c> with <c>--server</c>: the monitors run on the
/// server's prediction log and the terminal and files come out as in local mode.</summary>
public sealed class MonitorRemoteTests
{
    [Fact]
    public async Task Performance_WithServer_PrintsWhatLocalModePrintsAndWritesReports()
    {
        await using var server = await ServerUnderTest.StartAsync();
        using var folder = new TempDirectory();
        var model = Some.Name("churn");
        await SeedAsync(server.Local.Home, stores => SeedLabelledAsync(stores, model));
        string[] command = ["monitor", "performance", "--model", model, "--threshold", "f1=0.9", "--min-labelled", "1", "--no-record"];

        var local = await server.Local.SucceedAsync(command);
        var remote = await server.Remote.SucceedAsync(command);
        var degraded = await server.Remote.RunAsync([.. command, "--report", folder.File("perf.html"), "--json-out", folder.File("perf.json"), "--fail-on-degraded"]);

        Assert.Equal(local.Output, remote.Output);
        Assert.Contains("Verdict: Degraded", remote.Output, StringComparison.Ordinal);
        Assert.Equal(10, degraded.ExitCode);
        Assert.Contains("<svg", await File.ReadAllTextAsync(folder.File("perf.html")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("perf.json")));
        Assert.Equal(3, json.RootElement.GetProperty("versions")[0].GetProperty("labelled").GetInt32());
    }

    [Fact]
    public async Task Performance_WithServerUnknownModel_ExitsNotFoundNamingIt()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var model = Some.Name("typo");

        var result = await server.Remote.RunAsync("monitor", "performance", "--model", model);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains(model, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DriftCurrentModel_WithServer_PrintsWhatLocalModePrintsAndWritesFiles()
    {
        await using var server = await ServerUnderTest.StartAsync();
        using var folder = new TempDirectory();
        var model = Some.Name("scored");
        var reference = folder.File("ref.csv");
        File.WriteAllLines(reference, ["a,b", .. Rows(0).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.A},{r.B}"))]);
        await SeedAsync(server.Local.Home, stores => SeedInputsAsync(stores, model, shift: 4));
        string[] command = ["monitor", "drift", "--reference", reference, "--current-model", model, "--window", "1d", "--column-test", "a=psi"];

        var local = await server.Local.SucceedAsync(command);
        var remote = await server.Remote.SucceedAsync(command);
        var written = await server.Remote.RunAsync([.. command, "--report", folder.File("out/drift.html"), "--json-out", folder.File("out/drift.json"),
            "--save-profile", folder.File("profile.json"), "--fail-on-drift"]);

        Assert.Equal(local.Output, remote.Output);
        Assert.Contains("Dataset drift: DETECTED", remote.Output, StringComparison.Ordinal);
        Assert.Contains("psi (distance)", remote.Output, StringComparison.Ordinal);
        Assert.Equal(10, written.ExitCode);
        Assert.Contains("id=\"drift-table\"", await File.ReadAllTextAsync(folder.File("out/drift.html")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("out/drift.json")));
        Assert.Equal(300, json.RootElement.GetProperty("current_rows").GetInt64());
        var reused = await server.Remote.SucceedAsync("monitor", "drift", "--reference", folder.File("profile.json"), "--current-model", model, "--window", "1d");
        Assert.Contains("Dataset drift: DETECTED", reused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DriftCurrentModel_WithServerAndNoPredictions_ExitsNotFound()
    {
        await using var server = await ServerUnderTest.StartAsync();
        using var folder = new TempDirectory();
        var reference = folder.File("ref.csv");
        File.WriteAllLines(reference, ["a,b", "1,2", "3,4"]);

        var result = await server.Remote.RunAsync("monitor", "drift", "--reference", reference, "--current-model", Some.Name("silent"));

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("logged no predictions", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    private static async Task SeedAsync(string home, Func<WorkspaceStores, Task> seed)
    {
        await using var database = await SqliteStores.OpenAsync(new WorkspaceOptions(home).DatabasePath, CancellationToken.None);
        await seed(database.Stores);
    }

    private static async Task SeedLabelledAsync(WorkspaceStores stores, string model)
    {
        var t = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() - 3_600_000;
        PredictionRecord Row(string id, string predicted, double p) =>
            new(model + id, 0, t, model, 2, "stable", "{}", string.Create(CultureInfo.InvariantCulture, $"{{\"probability\":{p}}}"), predicted, 1);
        await stores.PredictionLog.AppendAsync(PredictionBatch.From([Row("a", "Yes", 0.9), Row("b", "No", 0.2), Row("c", "Yes", 0.7), Row("d", "No", 0.1)]), CancellationToken.None);
        foreach (var (id, label) in new[] { ("a", "Yes"), ("b", "No"), ("c", "No") })
        {
            await stores.PredictionLog.RecordGroundTruthAsync(new GroundTruth(model + id, 0, label, t + 10), CancellationToken.None);
        }
    }

    private static async Task SeedInputsAsync(WorkspaceStores stores, string model, double shift)
    {
        var t = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() - 600_000;
        var rows = Rows(shift).Select((r, i) => new PredictionRecord($"{model}-{i}", 0, t + i, model, 1, "stable",
            string.Create(CultureInfo.InvariantCulture, $"{{\"a\":{r.A},\"b\":{r.B}}}"), "{\"probability\":0.5}", "Yes", 1)).ToList();
        await stores.PredictionLog.AppendAsync(PredictionBatch.From(rows), CancellationToken.None);
    }

    private static IEnumerable<(double A, double B)> Rows(double shift)
    {
        var random = new Random(5);
        for (var i = 0; i < 300; i++)
        {
            yield return (random.NextDouble() + shift, random.Next(20) + shift);
        }
    }
}
