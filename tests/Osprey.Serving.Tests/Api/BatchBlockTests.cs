using System.Net;
using System.Text.Json.Nodes;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;
using static Osprey.Serving.Tests.Api.PredictTests;

namespace Osprey.Serving.Tests.Api;

/// <summary>JSON batches are encoded in parallel blocks; the answer must not depend on which block finishes first.</summary>
public sealed class BatchBlockTests
{
    private readonly Osprey.Core.Learning.Models.TrainedModel _model = ChurnModels.Load(ChurnModels.First);

    [Fact]
    public async Task Batch_BadRowsInSeveralBlocks_NamesTheFirstBadRow()
    {
        await using var live = await LiveServing.StartChampionAsync(Some.Name("churn"), [ChurnModels.First], options => options with { LogPredictions = false });
        var rows = new JsonArray(Enumerable.Range(0, 1000).Select(r => (JsonNode)ChurnRequests.Features(_model, r)).ToArray());
        rows[900]!["tenure"] = "long";
        rows[301]!["Contract"] = new JsonArray();
        rows[700] = 7;

        using var response = await live.Client.PostAsync("predict/batch", Json(new JsonObject { ["rows"] = rows }.ToJsonString()));
        var problem = await Answer(response, HttpStatusCode.BadRequest);

        Assert.Equal("rows[301].Contract", problem.GetProperty("field").GetString());
        Assert.Equal("wrong_type", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Batch_ThousandRows_EqualOfflinePredictionsInOrder()
    {
        var offline = _model.Predict(ChurnModels.Table);
        await using var live = await LiveServing.StartChampionAsync(Some.Name("churn"), [ChurnModels.First], options => options with { LogPredictions = false });
        var rows = new JsonArray(Enumerable.Range(0, 1000).Select(r => (JsonNode)ChurnRequests.Features(_model, r)).ToArray());

        using var response = await live.Client.PostAsync("predict/batch", Json(new JsonObject { ["rows"] = rows }.ToJsonString()));
        var answer = await Answer(response);

        var probabilities = answer.GetProperty("probabilities").EnumerateArray().Select(p => p[1].GetDouble()).ToArray();
        Assert.Equal(offline.Take(1000), probabilities);
    }
}
