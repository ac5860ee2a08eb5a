using Osprey.Cli.Tests.Remote;
using Osprey.Core;
using Osprey.Core.Monitoring.Series;
using Osprey.Storage.Sqlite;
using Osprey.TestKit;

namespace Osprey.Cli.Tests.Commands;

public sealed class MetricsCommandTests
{
    private const long T0 = 1_700_000_000_000;
    private const string Since = "2023-11-01T00:00:00Z";

    [Fact]
    public async Task List_RecordedSeries_PrintsEveryName()
    {
        using var cli = new CliRunner();
        var name = SeriesName();
        await AppendAsync(cli.Home, Point(name, T0, 1, "1"));

        var table = await cli.SucceedAsync("metrics", "list");
        var json = (await cli.SucceedAsync("metrics", "list", "--json")).Json();

        Assert.Contains(name, table.Output, StringComparison.Ordinal);
        Assert.Equal([name], json.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task Show_TwoVersions_PrintsOneRowPerSeriesWithLatestValueAndSparkline()
    {
        using var cli = new CliRunner();
        var name = SeriesName();
        await AppendAsync(cli.Home, Point(name, T0, 0.5, "1"), Point(name, T0 + 1000, 0.9, "1"), Point(name, T0, 0.25, "2"));

        var result = await cli.SucceedAsync("metrics", "show", name, "--since", Since);

        var lines = result.Output.Split('\n');
        var v1 = Assert.Single(lines, l => l.Contains("version=1", StringComparison.Ordinal));
        var v2 = Assert.Single(lines, l => l.Contains("version=2", StringComparison.Ordinal));
        Assert.Contains("0.9", v1, StringComparison.Ordinal);
        Assert.Contains("▁█", v1, StringComparison.Ordinal);
        Assert.Contains("0.25", v2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_LabelFilterAsJson_ReturnsOnlyMatchingSeries()
    {
        using var cli = new CliRunner();
        var name = SeriesName();
        await AppendAsync(cli.Home, Point(name, T0, 0.5, "1"), Point(name, T0, 0.25, "2"));

        var json = (await cli.SucceedAsync("metrics", "show", name, "--label", "version=2", "--since", Since, "--json")).Json();

        var series = Assert.Single(json.GetProperty("series").EnumerateArray());
        Assert.Equal("2", series.GetProperty("labels").GetProperty("version").GetString());
        Assert.Equal(0.25, series.GetProperty("points")[0].GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Show_MalformedLabel_ExitsWithUsageMessage()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("metrics", "show", "model_f1", "--label", "version");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("key=value", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_OverServer_ReadsTheServersSeries()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var name = SeriesName();
        await AppendAsync(server.Local.Home, Point(name, T0, 0.75, "3"));

        var json = (await server.Remote.SucceedAsync("metrics", "show", name, "--since", Since, "--json")).Json();
        var names = (await server.Remote.SucceedAsync("metrics", "list", "--json")).Json();

        Assert.Equal(0.75, json.GetProperty("series")[0].GetProperty("points")[0].GetProperty("value").GetDouble());
        Assert.Contains(name, names.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
    }

    private static string SeriesName() => $"cli_{Guid.NewGuid():N}";

    private static SeriesPoint Point(string name, long time, double value, string version) =>
        new(name, new Dictionary<string, string> { ["model"] = "churn", ["version"] = version }, time, value);

    private static async Task AppendAsync(string home, params SeriesPoint[] points)
    {
        await using var database = await SqliteStores.OpenAsync(new WorkspaceOptions(home).DatabasePath, CancellationToken.None);
        await database.Stores.Series.AppendAsync(points, CancellationToken.None);
    }
}
