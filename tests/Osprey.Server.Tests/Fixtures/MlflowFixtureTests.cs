using System.Text.Json.Nodes;

namespace Osprey.Server.Tests.Fixtures;

/// <summary>Runs every fixture under Fixtures/ against a live server: MLflow-shaped requests must get MLflow-shaped answers.</summary>
public sealed class MlflowFixtureTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    public static TheoryData<string> Names => new(ApiFixture.All());

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Endpoint_FixtureRequest_AnswersExpectedShape(string name)
    {
        var scenario = await Scenario.CreateAsync(fixture.Client);
        var spec = ApiFixture.Load(name, scenario.Variables);
        foreach (var step in spec.Before)
        {
            using var setup = await ApiFixture.SendAsync(fixture.Client, step);
            await setup.ReadOkAsync();
        }

        using var response = await spec.SendAsync(fixture.Client);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == (int)spec.Spec["status"]!, $"{name}: status {(int)response.StatusCode}: {body}");
        if (spec.Spec["raw_response"] is { } raw)
        {
            Assert.Equal((string)raw!, body);
            return;
        }
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        var problem = JsonShape.Mismatch(spec.Spec["response"], JsonNode.Parse(body));
        Assert.True(problem is null, $"{name}: {problem}\nanswer: {body}");
    }
}
