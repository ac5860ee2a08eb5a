using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Osprey.Core.Serving.Predictions;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;
using static Osprey.Serving.Tests.Api.PredictTests;

namespace Osprey.Serving.Tests.Releases;

/// <summary>Batch and KServe requests are mirrored to the shadow version after the answer: logged with role shadow, never returned.</summary>
public sealed class ShadowBatchTests
{
    private const int Rows = 12;
    private readonly Osprey.Core.Learning.Models.TrainedModel _model = ChurnModels.Load(ChurnModels.First);

    [Theory]
    [InlineData("predict/batch", "rows")]
    [InlineData("v1/models/{0}:predict", "instances")]
    public async Task Batch_WithShadow_LogsShadowPredictionsOfEveryRow(string route, string field)
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, ChurnModels.Second],
            options => options with { Shadow = $"{name}/2" });
        var second = ChurnModels.Load(ChurnModels.Second).Predict(ChurnModels.Table);
        var rows = new JsonArray(Enumerable.Range(0, Rows).Select(r => (JsonNode)ChurnRequests.Features(_model, r)).ToArray());

        using var response = await live.Client.PostAsync(string.Format(CultureInfo.InvariantCulture, route, name),
            Json(new JsonObject { [field] = rows }.ToJsonString()));
        var answer = await Answer(response);
        await live.Server.Runtime.Background.WhenIdleAsync();
        await live.Server.Runtime.Log!.FlushAsync(CancellationToken.None);

        Assert.Equal(Rows, answer.GetProperty("predictions").GetArrayLength());
        var shadow = await live.Workspace.Stores.PredictionLog.ReadAsync(new PredictionLogQuery(name, Version: 2), CancellationToken.None);
        var stable = await live.Workspace.Stores.PredictionLog.ReadAsync(new PredictionLogQuery(name, Version: 1), CancellationToken.None);
        Assert.Equal(Rows, shadow.Count);
        Assert.All(shadow, l => Assert.Equal("shadow", l.Prediction.Role));
        Assert.Equal(stable.Select(l => (l.Prediction.RequestId, l.Prediction.Row)), shadow.Select(l => (l.Prediction.RequestId, l.Prediction.Row)));
        Assert.Equal(second[5], JsonDocument.Parse(shadow[5].Prediction.Outputs).RootElement.GetProperty("probability").GetDouble(), 1e-12);
    }

    [Theory]
    [InlineData("v2/models/{0}/infer", 1)]
    [InlineData("v2/models/{0}/versions/1/infer", 0)]
    public async Task V2Infer_RoutedOrNamingAVersion_MirroredOnlyWhenRouted(string route, int shadowRows)
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, ChurnModels.Second],
            options => options with { Shadow = $"{name}/2" });
        var data = new JsonArray((JsonNode)ChurnRequests.Positional(_model, 0));
        var input = new JsonObject { ["name"] = "input-0", ["shape"] = new JsonArray(1, _model.Encoder.Columns.Count), ["datatype"] = "BYTES", ["data"] = data };

        using var response = await live.Client.PostAsync(string.Format(CultureInfo.InvariantCulture, route, name),
            Json(new JsonObject { ["inputs"] = new JsonArray(input) }.ToJsonString()));
        await Answer(response);
        await live.Server.Runtime.Background.WhenIdleAsync();
        await live.Server.Runtime.Log!.FlushAsync(CancellationToken.None);

        Assert.Equal(shadowRows, (await live.Workspace.Stores.PredictionLog.ReadAsync(new PredictionLogQuery(name, Version: 2), CancellationToken.None)).Count);
        Assert.Single(await live.Workspace.Stores.PredictionLog.ReadAsync(new PredictionLogQuery(name, Version: 1), CancellationToken.None));
    }
}
