using System.Net;
using System.Text.Json.Nodes;
using Osprey.Core.Monitoring.Series;

namespace Osprey.Server.Tests;

/// <summary>The series read API over real HTTP: selection by name, labels and time, the names list, and bad input.</summary>
public sealed class SeriesApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const long T0 = 1_700_000_000_000;

    [Fact]
    public async Task Get_NameLabelAndRange_ReturnsMatchingSeriesWithSamplesInOrder()
    {
        var name = $"api_{Guid.NewGuid():N}";
        await fixture.Server.Workspace.Stores.Series.AppendAsync(
        [
            Point(name, T0 + 1, 0.5, "1"), Point(name, T0 + 2, 0.75, "1"), Point(name, T0 + 3, 0.9, "1"),
            Point(name, T0 + 1, 0.1, "2"),
        ], CancellationToken.None);

        var json = await fixture.Client.GetOkAsync($"/api/osprey/series?name={name}&label.version=1&from={T0}&to={T0 + 3}");

        Assert.Equal(name, (string?)json["name"]);
        var series = json["series"]!.AsArray();
        var only = Assert.Single(series);
        Assert.Equal("1", (string?)only!["labels"]!["version"]);
        Assert.Equal("churn", (string?)only["labels"]!["model"]);
        Assert.Equal([T0 + 1, T0 + 2], only["points"]!.AsArray().Select(p => (long)p!["timestamp"]!));
        Assert.Equal([0.5, 0.75], only["points"]!.AsArray().Select(p => (double)p!["value"]!));
    }

    [Fact]
    public async Task Get_WithoutLabels_ReturnsOneEntryPerSeries()
    {
        var name = $"api_{Guid.NewGuid():N}";
        await fixture.Server.Workspace.Stores.Series.AppendAsync([Point(name, T0, 1, "2"), Point(name, T0, 2, "1")], CancellationToken.None);

        var json = await fixture.Client.GetOkAsync($"/api/osprey/series?name={name}&from=2023-01-01T00:00:00Z");

        Assert.Equal(["1", "2"], json["series"]!.AsArray().Select(s => (string?)s!["labels"]!["version"]));
    }

    [Fact]
    public async Task Names_AfterAppend_ListsTheName()
    {
        var name = $"api_{Guid.NewGuid():N}";
        await fixture.Server.Workspace.Stores.Series.AppendAsync([Point(name, T0, 1, "1")], CancellationToken.None);

        var json = await fixture.Client.GetOkAsync("/api/osprey/series/names");

        Assert.Contains(name, json["names"]!.AsArray().Select(n => (string?)n));
    }

    [Theory]
    [InlineData("/api/osprey/series", "name")]
    [InlineData("/api/osprey/series?name=model_f1&from=yesterday", "from")]
    [InlineData("/api/osprey/series?name=bad%20name", "bad name")]
    public async Task Get_BadInput_Returns400NamingTheField(string path, string named)
    {
        using var response = await fixture.Client.GetAsync(path);

        var message = await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    private static SeriesPoint Point(string name, long time, double value, string version) =>
        new(name, new Dictionary<string, string> { ["model"] = "churn", ["version"] = version }, time, value);
}
