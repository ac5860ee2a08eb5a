using System.Net;
using Osprey.Core;
using Osprey.Core.Pipelines.Runs;
using Osprey.TestKit;

namespace Osprey.Server.Tests.Monitoring;

/// <summary><c>POST /api/osprey/monitoring/retrain</c> under a fake clock: one run per monitor and pipeline within the cooldown, kept in the workspace.</summary>
public sealed class RetrainApiTests
{
    private const string Retrain = "/api/osprey/monitoring/retrain";

    [Fact]
    public async Task Retrain_TwiceWithinCooldownThenAfter_StartsTwoRuns()
    {
        var clock = new ManualTimeProvider();
        await using var live = await LiveServer.StartAsync(o => o with { Clock = clock });
        var pipeline = Some.Name("retrain");
        WritePipeline(live.Home, pipeline);
        var body = $$"""{"monitor":"nightly.drift","pipeline":"{{pipeline}}","cooldown_ms":3600000,"reason":"drift in a, b"}""";

        var first = await live.Client.PostOkAsync(Retrain, body);
        clock.Advance(TimeSpan.FromMinutes(59));
        var second = await live.Client.PostOkAsync(Retrain, body);
        clock.Advance(TimeSpan.FromMinutes(2));
        var third = await live.Client.PostOkAsync(Retrain, body);

        Assert.True((bool)first["fired"]!);
        Assert.False((bool)second["fired"]!);
        Assert.Contains((string)first["pipeline_run_id"]!, (string?)second["explanation"], StringComparison.Ordinal);
        Assert.True((bool)third["fired"]!);
        var runs = await live.Workspace.Stores.PipelineRuns.ListRunsAsync(new PipelineRunQuery(pipeline), CancellationToken.None);
        Assert.Equal(new[] { (string)third["pipeline_run_id"]!, (string)first["pipeline_run_id"]! }, runs.Select(r => r.Id.ToString()));
    }

    [Fact]
    public async Task Retrain_UnknownPipeline_Is404AndReleasesTheCooldown()
    {
        await using var live = await LiveServer.StartAsync();
        var pipeline = Some.Name("later");
        var body = $$"""{"monitor":"m","pipeline":"{{pipeline}}","cooldown_ms":3600000}""";

        using var missing = await live.Client.PostJsonAsync(Retrain, body);
        WritePipeline(live.Home, pipeline);
        var afterwards = await live.Client.PostOkAsync(Retrain, body);

        await missing.ReadErrorAsync(HttpStatusCode.NotFound, ApiErrorCodes.ResourceDoesNotExist);
        Assert.True((bool)afterwards["fired"]!);
    }

    [Theory]
    [InlineData("""{"pipeline":"p","cooldown_ms":1}""", "'monitor'")]
    [InlineData("""{"monitor":"m","cooldown_ms":1}""", "'pipeline'")]
    [InlineData("""{"monitor":"m","pipeline":"p"}""", "'cooldown_ms'")]
    [InlineData("""{"monitor":"m","pipeline":"p","cooldown_ms":-5}""", "'cooldown_ms'")]
    public async Task Retrain_BadField_Is400NamingIt(string body, string field)
    {
        await using var live = await LiveServer.StartAsync();

        using var response = await live.Client.PostJsonAsync(Retrain, body);

        Assert.Contains(field, await response.ReadErrorAsync(HttpStatusCode.BadRequest, ApiErrorCodes.InvalidParameterValue), StringComparison.Ordinal);
    }

    private static void WritePipeline(string home, string name)
    {
        Directory.CreateDirectory(Path.Combine(home, "pipelines"));
        File.WriteAllText(Path.Combine(home, "pipelines", name + ".yaml"), "tasks:\n  train:\n    type: noop\n");
    }
}
