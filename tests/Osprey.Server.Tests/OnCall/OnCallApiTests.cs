using System.Net;
using System.Text;
using System.Text.Json;

namespace Osprey.Server.Tests.OnCall;

public sealed class OnCallApiTests
{
    private const string Users = """{"name": "alice", "email": "alice@example.com"}""";

    private const string Schedule = """
        name: primary
        time_zone: America/New_York
        layers:
          - rotation: weekly
            start: 2026-03-02T09:00
            users: [alice]
        """;

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, string text) =>
        await client.PutAsync(path, new StringContent(text, Encoding.UTF8, "application/yaml"));

    [Fact]
    public async Task PutDefinitions_ThenTimeline_ReturnsShiftsHandingOffAtLocalTime()
    {
        await using var server = await LiveServer.StartAsync();
        (await PutAsync(server.Client, "api/oncall/definitions/users/alice", Users)).EnsureSuccessStatusCode();
        (await PutAsync(server.Client, "api/oncall/definitions/schedules/primary", Schedule)).EnsureSuccessStatusCode();

        using var body = JsonDocument.Parse(await server.Client.GetStringAsync("api/oncall/schedules/primary/timeline?from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z"));

        var shifts = body.RootElement.GetProperty("shifts").EnumerateArray().ToList();
        Assert.Equal(2, shifts.Count);
        Assert.False(shifts[0].TryGetProperty("user", out _));
        Assert.Equal("alice", shifts[1].GetProperty("user").GetString());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero), shifts[1].GetProperty("start").GetDateTimeOffset());
    }

    [Fact]
    public async Task PutDefinition_UnknownUserInSchedule_Returns400NamingTheField()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await PutAsync(server.Client, "api/oncall/definitions/schedules/primary", Schedule);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("schedules.layers: no user is named 'alice'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutDefinition_NameDeclaredInAFile_IsRefusedBecauseFilesWin()
    {
        await using var server = await LiveServer.StartAsync();
        Directory.CreateDirectory(Path.Combine(server.Home, "alerting"));
        await File.WriteAllTextAsync(Path.Combine(server.Home, "alerting", "people.yaml"), "users:\n  - name: alice\n    email: a@example.com\n");

        using var response = await PutAsync(server.Client, "api/oncall/definitions/users/alice", Users);
        using var now = await server.Client.GetAsync("api/oncall/now?schedule=missing");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("declared in a file", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, now.StatusCode);
    }

    [Fact]
    public async Task DeleteDefinition_Created_RemovesItFromTheList()
    {
        await using var server = await LiveServer.StartAsync();
        (await PutAsync(server.Client, "api/oncall/definitions/users/alice", Users)).EnsureSuccessStatusCode();

        (await server.Client.DeleteAsync("api/oncall/definitions/users/alice")).EnsureSuccessStatusCode();
        using var again = await server.Client.DeleteAsync("api/oncall/definitions/users/alice");
        using var list = JsonDocument.Parse(await server.Client.GetStringAsync("api/oncall/definitions"));

        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty(list.RootElement.GetProperty("definitions").EnumerateArray());
    }
}
