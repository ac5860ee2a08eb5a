using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;

namespace Osprey.Serving.Tests.Api;

public sealed class PredictTests
{
    private const int Rows = 300;

    [Fact]
    public async Task Predict_NamedFeatures_EqualOfflinePredictions()
    {
        var model = ChurnModels.Load(ChurnModels.First);
        var offline = model.Predict(ChurnModels.Table);
        await using var live = await LiveServing.StartChampionAsync(Some.Name("churn"), [ChurnModels.First]);

        for (var row = 0; row < Rows; row++)
        {
            using var response = await live.Client.PostAsync("predict", Json(ChurnRequests.Body(model, row)));
            var answer = await Answer(response);

            // Single-row and batch scoring may sum trees in another order: equal up to rounding.
            Assert.Equal(offline[row], answer.GetProperty("probabilities").GetProperty("Yes").GetDouble(), 1e-12);
            Assert.Equal(offline[row] >= 0.5 ? "Yes" : "No", answer.GetProperty("prediction").GetString());
            Assert.Equal(1, answer.GetProperty("version").GetInt32());
        }
    }

    [Fact]
    public async Task Predict_PositionalArray_EqualsNamedFeatures()
    {
        var model = ChurnModels.Load(ChurnModels.First);
        var offline = model.Predict(ChurnModels.Table);
        await using var live = await LiveServing.StartChampionAsync(Some.Name("churn"), [ChurnModels.First]);

        for (var row = 0; row < 50; row++)
        {
            var body = new JsonObject { ["features"] = ChurnRequests.Positional(model, row) }.ToJsonString();
            using var response = await live.Client.PostAsync("predict", Json(body));
            var answer = await Answer(response);

            // Single-row and batch scoring may sum trees in another order: equal up to rounding.
            Assert.Equal(offline[row], answer.GetProperty("probabilities").GetProperty("Yes").GetDouble(), 1e-12);
        }
    }

    [Fact]
    public async Task Predict_Answer_CarriesModelRequestIdAndLatency()
    {
        var model = ChurnModels.Load(ChurnModels.First);
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First]);

        using var first = await live.Client.PostAsync("predict", Json(ChurnRequests.Body(model, 0)));
        using var second = await live.Client.PostAsync($"models/{name}/predict", Json(ChurnRequests.Body(model, 0)));
        var a = await Answer(first);
        var b = await Answer(second);

        Assert.Equal(name, a.GetProperty("model").GetString());
        Assert.Equal(16, a.GetProperty("request_id").GetString()!.Length);
        Assert.NotEqual(a.GetProperty("request_id").GetString(), b.GetProperty("request_id").GetString());
        Assert.True(a.GetProperty("latency_ms").GetDouble() >= 0);
        Assert.Equal(a.GetProperty("probabilities").GetProperty("No").GetDouble(), b.GetProperty("probabilities").GetProperty("No").GetDouble());
    }

    [Fact]
    public async Task Predict_ClientRequestId_IsEchoed()
    {
        var model = ChurnModels.Load(ChurnModels.First);
        await using var live = await LiveServing.StartChampionAsync(Some.Name("churn"), [ChurnModels.First]);
        var body = JsonNode.Parse(ChurnRequests.Body(model, 3))!.AsObject();
        body["id"] = "order-1234";

        using var response = await live.Client.PostAsync("predict", Json(body.ToJsonString()));

        Assert.Equal("order-1234", (await Answer(response)).GetProperty("request_id").GetString());
    }

    internal static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    internal static async Task<JsonElement> Answer(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected} but got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
