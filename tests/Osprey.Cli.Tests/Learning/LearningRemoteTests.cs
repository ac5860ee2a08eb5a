using Osprey.Cli.Tests.Remote;
using Osprey.TestKit;

namespace Osprey.Cli.Tests.Learning;

public sealed class LearningRemoteTests
{
    [Fact]
    public async Task TrainEvaluatePredict_ThroughTheServer_MatchLocalModeOnTheSameModel()
    {
        using var folder = new TempDirectory();
        await using var server = await ServerUnderTest.StartAsync();
        var model = Some.Name("remote-churn");

        var trained = (await server.Remote.SucceedAsync(LearningFiles.QuickTrain("--experiment", "remote", "--register", model, "--alias", "champion", "--json"))).Json();
        var uri = $"models:/{model}@champion";
        await server.Remote.SucceedAsync("predict", "--model", uri, "--data", LearningFiles.Telco, "--out", folder.File("remote.csv"));
        await server.Local.SucceedAsync("predict", "--model", uri, "--data", LearningFiles.Telco, "--out", folder.File("local.csv"));
        var remote = (await server.Remote.SucceedAsync("evaluate", "--model", uri, "--data", LearningFiles.Telco, "--part", "test", "--json")).Json();

        Assert.Equal(File.ReadAllText(folder.File("local.csv")), File.ReadAllText(folder.File("remote.csv")));
        Assert.Equal(trained.GetProperty("test_metrics").GetProperty("roc_auc").GetDouble(), remote.GetProperty("metrics").GetProperty("roc_auc").GetDouble());
        var run = (await server.Local.SucceedAsync("runs", "show", trained.GetProperty("run_id").GetString()!, "--json")).Json().GetProperty("run");
        Assert.Equal("FINISHED", run.GetProperty("info").GetProperty("status").GetString());
    }
}
