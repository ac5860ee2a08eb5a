using System.Globalization;
using System.Text.Json.Nodes;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.TestKit;

namespace Osprey.Server.Tests.Alerting;

/// <summary>A real Alertmanager notifies a real Osprey server: a firing alert opens an Osprey alert, its resolution closes it.</summary>
public sealed class AlertmanagerIntegrationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Webhook_AlertFiresThenResolves_OspreyOpensThenClosesIt()
    {
        if (AlertmanagerProcess.Binary is not { } binary)
        {
            // Alertmanager is provisioned by CI (Debian's prometheus-alertmanager); without it there is nothing to integrate with.
            Console.WriteLine("SKIPPED: prometheus-alertmanager is not installed; apt-get install prometheus-alertmanager to run this test.");
            return;
        }
        await using var osprey = await LiveServer.StartAsync();
        await using var alertmanager = await AlertmanagerProcess.StartAsync(binary, new Uri(osprey.Server.BaseAddress, "api/integrations/alertmanager"));
        using var client = new HttpClient { BaseAddress = alertmanager.Address };
        var alertname = Some.Name("ModelDown").Replace("-", "_", StringComparison.Ordinal);
        var startsAt = TimeProvider.System.GetUtcNow().AddSeconds(-5);

        await PushAsync(client, alertname, startsAt, endsAt: null);
        var opened = await WaitForAsync(osprey, alertname, a => a is not null);
        await PushAsync(client, alertname, startsAt, endsAt: TimeProvider.System.GetUtcNow().AddSeconds(-1));
        var closed = await WaitForAsync(osprey, alertname, a => a?.Status == AlertStatus.Closed);

        Assert.Equal(("Model is down", AlertPriority.P1, "alertmanager"), (opened!.Message, opened.Priority, opened.Source));
        Assert.Equal(opened.Id, closed!.Id);
        Assert.Equal("alertmanager", closed.ClosedBy);
    }

    private static async Task PushAsync(HttpClient client, string alertname, DateTimeOffset startsAt, DateTimeOffset? endsAt)
    {
        var alert = new JsonObject
        {
            ["labels"] = new JsonObject { ["alertname"] = alertname, ["severity"] = "critical", ["job"] = "serving" },
            ["annotations"] = new JsonObject { ["summary"] = "Model is down" },
            ["startsAt"] = startsAt.ToString("o", CultureInfo.InvariantCulture),
        };
        if (endsAt is { } end)
        {
            alert["endsAt"] = end.ToString("o", CultureInfo.InvariantCulture);
        }
        using var response = await client.PostJsonAsync("api/v2/alerts", new JsonArray(alert).ToJsonString());
        Assert.True(response.IsSuccessStatusCode, $"Alertmanager refused the alert: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    // Alertmanager notifies on its own schedule (group_wait, group_interval); poll Osprey until the expected state arrives.
    private static async Task<Alert?> WaitForAsync(LiveServer osprey, string alertname, Func<Alert?, bool> arrived)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Patience;
        while (true)
        {
            var page = await osprey.Workspace.Stores.Alerts.SearchAsync(new AlertQuery(Tag: $"alertname:{alertname}"), default);
            var alert = page.Alerts.Count > 0 ? page.Alerts[0] : null;
            if (arrived(alert))
            {
                return alert;
            }
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"Osprey did not receive the expected Alertmanager notification for {alertname} within {Patience.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }
}
