using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Osprey.Core.Serving.Predictions;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;
using static Osprey.Serving.Tests.Api.PredictTests;

namespace Osprey.Serving.Tests.Predictions;

public sealed class PredictionLogTests
{
    private readonly Osprey.Core.Learning.Models.TrainedModel _model = ChurnModels.Load(ChurnModels.First);

    [Fact]
    public async Task Predict_IsLoggedWithInputsOutputsAndFeedback()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First]);
        var answer = await Answer(await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, 4))));
        var id = answer.GetProperty("request_id").GetString()!;
        await live.Server.Runtime.Log!.FlushAsync(CancellationToken.None);

        var feedback = await Answer(await live.Client.PostAsync("feedback", Json($"{{\"request_id\": \"{id}\", \"label\": \"Yes\"}}")));
        var logged = Assert.Single(await live.Workspace.Stores.PredictionLog.ReadAsync(new PredictionLogQuery(name), CancellationToken.None));

        Assert.True(feedback.GetProperty("prediction_logged").GetBoolean());
        Assert.Equal(id, logged.Prediction.RequestId);
        Assert.Equal(1, logged.Prediction.Version);
        Assert.Equal("stable", logged.Prediction.Role);
        Assert.Equal(answer.GetProperty("prediction").GetString(), logged.Prediction.PredictedClass);
        var inputs = JsonDocument.Parse(logged.Prediction.Inputs).RootElement;
        Assert.Equal(ChurnRequests.Features(_model, 4)["Contract"]!.GetValue<string>(), inputs.GetProperty("Contract").GetString());
        Assert.Equal(answer.GetProperty("probabilities").GetProperty("Yes").GetDouble(),
            JsonDocument.Parse(logged.Prediction.Outputs).RootElement.GetProperty("probability").GetDouble());
        Assert.Equal("Yes", logged.Truth!.Label);
        Assert.Equal(live.Clock.GetUtcNow().ToUnixTimeMilliseconds(), logged.Prediction.Timestamp);
    }

    [Fact]
    public async Task CsvBatch_LogsEveryRowByName()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First]);
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(ChurnModels.CsvPath));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var answer = await Answer(await live.Client.PostAsync("predict/batch", content));
        await live.Server.Runtime.Log!.FlushAsync(CancellationToken.None);

        var logged = await live.Workspace.Stores.PredictionLog.ReadAsync(new PredictionLogQuery(name, Limit: 100_000), CancellationToken.None);

        Assert.Equal(ChurnModels.Table.RowCount, logged.Count);
        Assert.All(logged, l => Assert.Equal(answer.GetProperty("request_id").GetString(), l.Prediction.RequestId));
        Assert.Equal(Enumerable.Range(0, logged.Count), logged.Select(l => l.Prediction.Row));
        Assert.Equal(ChurnModels.Table["tenure"].Format(100), JsonDocument.Parse(logged[100].Prediction.Inputs).RootElement.GetProperty("tenure").GetRawText());
    }

    [Fact]
    public async Task Feedback_ForUnknownRequest_IsKeptForWhenThePredictionArrives()
    {
        await using var live = await LiveServing.StartChampionAsync(Some.Name("churn"), [ChurnModels.First]);

        var answer = await Answer(await live.Client.PostAsync("feedback", Json("{\"request_id\": \"not-yet\", \"label\": 1, \"row\": 2}")));

        Assert.False(answer.GetProperty("prediction_logged").GetBoolean());
        Assert.Equal("1", answer.GetProperty("label").GetString());
        Assert.Equal(2, answer.GetProperty("row").GetInt32());
    }

    [Theory]
    [InlineData("{\"label\": \"Yes\"}", "request_id")]
    [InlineData("{\"request_id\": \"x\"}", "label")]
    [InlineData("{\"request_id\": \"x\", \"label\": \"Yes\", \"row\": -1}", "row")]
    [InlineData("[1]", "body")]
    public async Task Feedback_Incomplete_Returns400NamingTheField(string body, string field)
    {
        await using var live = await LiveServing.StartChampionAsync(Some.Name("churn"), [ChurnModels.First]);

        using var response = await live.Client.PostAsync("feedback", Json(body));
        var problem = await Answer(response, HttpStatusCode.BadRequest);

        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Logging_Disabled_WritesNothing()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First], options => options with { LogPredictions = false });

        await Answer(await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, 0))));

        Assert.Null(live.Server.Runtime.Log);
        Assert.Empty(await live.Workspace.Stores.PredictionLog.ReadAsync(new PredictionLogQuery(name), CancellationToken.None));
        Assert.DoesNotContain("prediction_log_dropped_total", await live.Client.GetStringAsync("metrics"));
    }
}
