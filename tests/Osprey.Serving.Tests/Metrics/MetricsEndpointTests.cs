using System.Diagnostics;
using System.Text.Json.Nodes;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;
using static Osprey.Serving.Tests.Api.PredictTests;

namespace Osprey.Serving.Tests.Metrics;

public sealed class MetricsEndpointTests
{
    private readonly Osprey.Core.Learning.Models.TrainedModel _model = ChurnModels.Load(ChurnModels.First);

    [PromtoolFact]
    public async Task Metrics_AfterMixedTraffic_PassPromtoolCheck()
    {
        var text = await MetricsAfterTrafficAsync();

        using var promtool = Process.Start(new ProcessStartInfo(PromtoolFactAttribute.Path, "check metrics")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await promtool.StandardInput.WriteAsync(text);
        promtool.StandardInput.Close();
        var output = await promtool.StandardOutput.ReadToEndAsync() + await promtool.StandardError.ReadToEndAsync();
        await promtool.WaitForExitAsync();

        Assert.True(promtool.ExitCode == 0, $"promtool check metrics failed:\n{output}");
        Assert.Equal("", output.Trim());
    }

    [Fact]
    public async Task Metrics_AfterMixedTraffic_ExposeRequestsLatencyClassesLogAndProcess()
    {
        var text = await MetricsAfterTrafficAsync();

        Assert.Contains("# TYPE model_prediction_latency_seconds histogram", text);
        Assert.Matches("model_prediction_latency_seconds_bucket\\{model=\"[^\"]+\",version=\"1\",le=\"\\+Inf\"\\} 11", text);
        Assert.Matches("model_predictions_total\\{model=\"[^\"]+\",version=\"1\",class=\"No\"\\} \\d+", text);
        Assert.Matches("model_requests_total\\{model=\"[^\"]+\",version=\"1\",route=\"predict_batch\",status=\"200\"\\} 1", text);
        Assert.Contains("prediction_log_dropped_total 0", text);
        Assert.Contains("# TYPE process_cpu_seconds_total counter", text);
        Assert.Contains("process_resident_memory_bytes ", text);
    }

    private async Task<string> MetricsAfterTrafficAsync()
    {
        var name = Some.Name("churn model");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, ChurnModels.Second],
            options => options with { Canary = $"{name}/2", CanaryPercent = 0, Shadow = $"{name}/2" });
        for (var row = 0; row < 10; row++)
        {
            await Answer(await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, row))));
        }
        var rows = new JsonArray(ChurnRequests.Features(_model, 0), ChurnRequests.Features(_model, 1));
        await Answer(await live.Client.PostAsync("predict/batch", Json(new JsonObject { ["rows"] = rows }.ToJsonString())));
        var invalid = ChurnRequests.Features(_model, 0);
        invalid.Remove("tenure");
        await live.Client.PostAsync("predict", Json(new JsonObject { ["features"] = invalid }.ToJsonString()));
        await live.Client.PostAsync("predict", Json(new JsonObject { ["features"] = invalid.DeepClone(), ["model"] = "unknown" }.ToJsonString()));
        await live.Server.Runtime.Log!.FlushAsync(CancellationToken.None);
        var response = await live.Client.GetAsync("metrics");
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return await response.Content.ReadAsStringAsync();
    }
}
