using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Osprey.Core.Serving.Releases;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;
using static Osprey.Serving.Tests.Api.PredictTests;

namespace Osprey.Serving.Tests.Api;

public sealed class ValidationTests : IAsyncLifetime
{
    private readonly Osprey.Core.Learning.Models.TrainedModel _model = ChurnModels.Load(ChurnModels.First);
    private LiveServing? _live;

    private LiveServing Live => _live!;

    public async Task InitializeAsync() => _live = await LiveServing.StartChampionAsync(Some.Name("churn"), [ChurnModels.First],
        options => options with { Validation = new ValidationOverrides(RejectMissing: true, RejectUnseenCategories: true), Api = options.Api with { MaxBodyBytes = 4096 } });

    public async Task DisposeAsync() => await Live.DisposeAsync();

    [Theory]
    [InlineData("tenure", "missing_feature")]
    [InlineData("Contract", "missing_feature")]
    public async Task Predict_MissingFeature_Returns400NamingIt(string feature, string reason)
    {
        var features = ChurnRequests.Features(_model, 0);
        features.Remove(feature);

        var problem = await ProblemAsync(features);

        Assert.Equal(feature, problem.GetProperty("field").GetString());
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Predict_UnknownFeature_Returns400NamingIt()
    {
        var features = ChurnRequests.Features(_model, 0);
        features["tenur"] = 3;

        var problem = await ProblemAsync(features);

        Assert.Equal("tenur", problem.GetProperty("field").GetString());
        Assert.Equal("unknown_feature", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Predict_TextForNumber_Returns400WrongType()
    {
        var features = ChurnRequests.Features(_model, 0);
        features["MonthlyCharges"] = "lots";

        var problem = await ProblemAsync(features);

        Assert.Equal("MonthlyCharges", problem.GetProperty("field").GetString());
        Assert.Equal("wrong_type", problem.GetProperty("reason").GetString());
        Assert.Contains("'lots'", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Predict_UnseenCategoryWhenRejected_Returns400ListingKnownOnes()
    {
        var features = ChurnRequests.Features(_model, 0);
        features["Contract"] = "Ten year";

        var problem = await ProblemAsync(features);

        Assert.Equal("Contract", problem.GetProperty("field").GetString());
        Assert.Equal("unseen_category", problem.GetProperty("reason").GetString());
        Assert.Contains("'Month-to-month'", problem.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("NaN")]
    [InlineData("NA")]
    public async Task Predict_MissingValueWhenRejected_Returns400(string? value)
    {
        var features = ChurnRequests.Features(_model, 0);
        features["MonthlyCharges"] = value is null ? null : JsonValue.Create(value);

        var problem = await ProblemAsync(features);

        Assert.Equal("MonthlyCharges", problem.GetProperty("field").GetString());
        Assert.Equal("missing_value", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Predict_ObjectAsValue_Returns400WrongType()
    {
        var features = ChurnRequests.Features(_model, 0);
        features["tenure"] = new JsonObject { ["months"] = 3 };

        var problem = await ProblemAsync(features);

        Assert.Equal("tenure", problem.GetProperty("field").GetString());
        Assert.Equal("wrong_type", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Predict_PositionalArrayOfWrongLength_Returns400NamingFeatures()
    {
        var problem = await ProblemAsync(new JsonArray(1, 2, 3));

        Assert.Equal("features", problem.GetProperty("field").GetString());
        Assert.Contains("tenure", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Predict_MalformedJson_Returns400NamingBody()
    {
        using var response = await Live.Client.PostAsync("predict", Json("{\"features\": {\"tenure\": 1,"));
        var problem = await Answer(response, HttpStatusCode.BadRequest);

        Assert.Equal("body", problem.GetProperty("field").GetString());
        Assert.Equal("malformed", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Predict_BodyOverLimit_Returns413NamingBody()
    {
        var body = new JsonObject { ["features"] = ChurnRequests.Features(_model, 0), ["id"] = new string('x', 120) };
        var padded = body.ToJsonString().Replace("{\"features\"", "{" + new string(' ', 5000) + "\"features\"", StringComparison.Ordinal);

        using var response = await Live.Client.PostAsync("predict", Json(padded));
        var problem = await Answer(response, HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("body", problem.GetProperty("field").GetString());
        Assert.Contains("4096", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Predict_UnknownModel_Returns404NamingServedModels()
    {
        var body = new JsonObject { ["features"] = ChurnRequests.Features(_model, 0), ["model"] = "nope" };

        using var response = await Live.Client.PostAsync("predict", Json(body.ToJsonString()));
        var problem = await Answer(response, HttpStatusCode.NotFound);

        Assert.Contains("'nope'", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Predict_RefusedRequest_CountsAsValidationError()
    {
        var features = ChurnRequests.Features(_model, 0);
        features.Remove("tenure");
        await ProblemAsync(features);

        var metrics = await Live.Client.GetStringAsync("metrics");

        Assert.Matches("model_errors_total\\{model=\"[^\"]+\",version=\"1\",kind=\"validation\"\\} [1-9]", metrics);
        Assert.Matches("model_requests_total\\{model=\"[^\"]+\",version=\"1\",route=\"predict\",status=\"400\"\\} [1-9]", metrics);
    }

    private async Task<JsonElement> ProblemAsync(JsonNode features)
    {
        using var response = await Live.Client.PostAsync("predict", Json(new JsonObject { ["features"] = features }.ToJsonString()));
        var problem = await Answer(response, HttpStatusCode.BadRequest);
        Assert.Equal("INVALID_PARAMETER_VALUE", problem.GetProperty("error_code").GetString());
        Assert.Equal(16, problem.GetProperty("request_id").GetString()!.Length);
        return problem;
    }
}
