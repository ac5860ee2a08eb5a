using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;
using static Osprey.Serving.Tests.Api.PredictTests;

namespace Osprey.Serving.Tests.Api;

public sealed class BatchTests : IAsyncLifetime
{
    private readonly Osprey.Core.Learning.Models.TrainedModel _model = ChurnModels.Load(ChurnModels.First);
    private readonly double[] _offline = ChurnModels.Load(ChurnModels.First).Predict(ChurnModels.Table);
    private LiveServing? _live;

    private LiveServing Live => _live!;

    public async Task InitializeAsync() => _live = await LiveServing.StartChampionAsync(Some.Name("churn"), [ChurnModels.First]);

    public async Task DisposeAsync() => await Live.DisposeAsync();

    [Fact]
    public async Task Batch_JsonRows_EqualOfflinePredictions()
    {
        var rows = new JsonArray(Enumerable.Range(0, 500).Select(r => (JsonNode)(r % 2 == 0 ? ChurnRequests.Features(_model, r) : ChurnRequests.Positional(_model, r))).ToArray());

        using var response = await Live.Client.PostAsync("predict/batch", Json(new JsonObject { ["rows"] = rows }.ToJsonString()));
        var answer = await Answer(response);

        Assert.Equal(500, answer.GetProperty("count").GetInt32());
        var probabilities = answer.GetProperty("probabilities").EnumerateArray().ToList();
        var predictions = answer.GetProperty("predictions").EnumerateArray().ToList();
        for (var r = 0; r < 500; r++)
        {
            Assert.Equal(_offline[r], probabilities[r][1].GetDouble());
            Assert.Equal(_offline[r] >= 0.5 ? "Yes" : "No", predictions[r].GetString());
        }
    }

    [Fact]
    public async Task Batch_CsvBody_EqualsOfflinePredictionsOfEveryRow()
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(ChurnModels.CsvPath));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await Live.Client.PostAsync("predict/batch", content);
        var answer = await Answer(response);

        var probabilities = answer.GetProperty("probabilities").EnumerateArray().Select(p => p[1].GetDouble()).ToArray();
        Assert.Equal(_offline, probabilities);
    }

    [Fact]
    public async Task Batch_CsvFileInForm_IsScored()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(ChurnModels.CsvPath));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "churn.csv");

        using var response = await Live.Client.PostAsync("predict/batch", form);
        var answer = await Answer(response);

        Assert.Equal(ChurnModels.Table.RowCount, answer.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Batch_CsvWithoutAFeatureColumn_Returns400NamingIt()
    {
        var csv = "gender,SeniorCitizen\nFemale,0\n"u8.ToArray();
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await Live.Client.PostAsync("predict/batch", content);
        var problem = await Answer(response, HttpStatusCode.BadRequest);

        Assert.Equal("missing_feature", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Batch_InvalidRow_Returns400NamingRowAndField()
    {
        var bad = ChurnRequests.Features(_model, 2);
        bad["tenure"] = "long";
        var rows = new JsonArray(ChurnRequests.Features(_model, 0), ChurnRequests.Features(_model, 1), bad);

        using var response = await Live.Client.PostAsync("predict/batch", Json(new JsonObject { ["rows"] = rows }.ToJsonString()));
        var problem = await Answer(response, HttpStatusCode.BadRequest);

        Assert.Equal("rows[2].tenure", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task KserveV1_Instances_ReturnClassLabels()
    {
        var name = Live.Server.Runtime.Models.All[0].Name;
        var instances = new JsonArray(Enumerable.Range(0, 20).Select(r => (JsonNode)ChurnRequests.Features(_model, r)).ToArray());

        using var response = await Live.Client.PostAsync($"v1/models/{name}:predict", Json(new JsonObject { ["instances"] = instances }.ToJsonString()));
        var answer = await Answer(response);

        var labels = answer.GetProperty("predictions").EnumerateArray().Select(p => p.GetString()).ToArray();
        Assert.Equal(Enumerable.Range(0, 20).Select(r => _offline[r] >= 0.5 ? "Yes" : "No"), labels);
        var model = await Answer(await Live.Client.GetAsync($"v1/models/{name}"));
        Assert.True(model.GetProperty("ready").GetBoolean());
    }

    [Fact]
    public async Task KserveV2_ColumnTensors_ReturnLabelsAndProbabilities()
    {
        var name = Live.Server.Runtime.Models.All[0].Name;
        var inputs = new JsonArray(_model.Encoder.Columns.Select(c =>
        {
            var values = Enumerable.Range(0, 10).Select(r => ChurnRequests.Features(_model, r)[c.Name]?.DeepClone()).ToArray();
            var numeric = values.All(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.Number);
            return (JsonNode)new JsonObject { ["name"] = c.Name, ["shape"] = new JsonArray(10), ["datatype"] = numeric ? "FP64" : "BYTES", ["data"] = new JsonArray(values) };
        }).ToArray());

        using var response = await Live.Client.PostAsync($"v2/models/{name}/infer", Json(new JsonObject { ["id"] = "v2-call", ["inputs"] = inputs }.ToJsonString()));
        var answer = await Answer(response);

        Assert.Equal("v2-call", answer.GetProperty("id").GetString());
        Assert.Equal("1", answer.GetProperty("model_version").GetString());
        var outputs = answer.GetProperty("outputs").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        var probabilities = outputs["predict_proba"].GetProperty("data").EnumerateArray().Select(p => p.GetDouble()).ToArray();
        for (var r = 0; r < 10; r++)
        {
            Assert.Equal(_offline[r], probabilities[r * 2 + 1]);
        }
        Assert.Equal([10, 2], outputs["predict_proba"].GetProperty("shape").EnumerateArray().Select(s => s.GetInt32()));
    }

    [Fact]
    public async Task KserveV2_RowTensor_FollowsFeatureOrder()
    {
        var name = Live.Server.Runtime.Models.All[0].Name;
        var data = new JsonArray(Enumerable.Range(0, 5).Select(r => (JsonNode)ChurnRequests.Positional(_model, r)).ToArray());
        var input = new JsonObject { ["name"] = "input-0", ["shape"] = new JsonArray(5, _model.Encoder.Columns.Count), ["datatype"] = "BYTES", ["data"] = data };

        using var response = await Live.Client.PostAsync($"v2/models/{name}/versions/1/infer", Json(new JsonObject { ["inputs"] = new JsonArray(input) }.ToJsonString()));
        var answer = await Answer(response);

        var labels = answer.GetProperty("outputs")[0].GetProperty("data").EnumerateArray().Select(p => p.GetString());
        Assert.Equal(Enumerable.Range(0, 5).Select(r => _offline[r] >= 0.5 ? "Yes" : "No"), labels);
    }

    [Fact]
    public async Task KserveV2_MetadataAndHealth_DescribeTheModel()
    {
        var name = Live.Server.Runtime.Models.All[0].Name;

        var metadata = await Answer(await Live.Client.GetAsync($"v2/models/{name}"));
        using var live = await Live.Client.GetAsync("v2/health/live");
        using var ready = await Live.Client.GetAsync("v2/health/ready");
        using var unknown = await Live.Client.GetAsync("v2/models/nope");

        var inputs = metadata.GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("datatype").GetString());
        Assert.Equal("BYTES", inputs["Contract"]);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("error", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Schema_ListsFeaturesTypesAndCategories()
    {
        var name = Live.Server.Runtime.Models.All[0].Name;

        var schema = await Answer(await Live.Client.GetAsync($"models/{name}"));

        var features = schema.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal("categorical", features["Contract"].GetProperty("type").GetString());
        Assert.Contains("Two year", features["Contract"].GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["No", "Yes"], schema.GetProperty("classes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("binary_classification", schema.GetProperty("task").GetString());
        using var example = await Live.Client.PostAsync("predict", Json(new JsonObject { ["features"] = JsonNode.Parse(schema.GetProperty("example").GetProperty("features").GetRawText()) }.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, example.StatusCode);
    }
}
