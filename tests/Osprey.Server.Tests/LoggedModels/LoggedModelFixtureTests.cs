using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Osprey.Server.Tests.Fixtures;
using Osprey.TestKit;

namespace Osprey.Server.Tests.LoggedModels;

/// <summary>Runs every fixture under LoggedModels/Fixtures/ against a live server over <see cref="LoggedModelScenario"/>, as the shared fixtures run over theirs.</summary>
/// <remarks>The files are read from the source folder: they need a logged model the shared scenario does not make, so they live beside this class.</remarks>
public sealed partial class LoggedModelFixtureTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly string Root = Path.Combine(SourceFolder(), "Fixtures");

    public static TheoryData<string> Names => new(Directory.EnumerateFiles(Root, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task LoggedModelEndpoint_FixtureRequest_AnswersExpectedShape(string name)
    {
        var spec = Load(name, await LoggedModelScenario.CreateAsync(fixture.Client));
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

    /// <summary>Reads a fixture, replacing <c>{{name}}</c> with scenario values and <c>{{new_x}}</c> with a fresh unique name.</summary>
    private static ApiFixture Load(string name, IReadOnlyDictionary<string, string> variables)
    {
        var fresh = new Dictionary<string, string>();
        var text = Placeholder().Replace(File.ReadAllText(Path.Combine(Root, name + ".json")), m =>
        {
            var key = m.Groups[1].Value;
            if (variables.TryGetValue(key, out var value))
            {
                return value;
            }
            return key.StartsWith("new_", StringComparison.Ordinal)
                ? fresh.TryGetValue(key, out var made) ? made : fresh[key] = Some.Name(key[4..])
                : throw new InvalidOperationException($"Fixture {name} uses unknown variable {key}.");
        });
        return new ApiFixture(JsonNode.Parse(text)!.AsObject());
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
