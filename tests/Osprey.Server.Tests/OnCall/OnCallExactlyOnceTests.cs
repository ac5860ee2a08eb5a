using System.Net.Http.Json;
using System.Text.Json;
using Osprey.Server.Tests.Hosting;
using Osprey.TestKit;
using Osprey.TestKit.Webhooks;

namespace Osprey.Server.Tests.OnCall;

/// <summary>A server process killed with SIGKILL while it is sending notifications restarts and delivers each one, repeating only those in flight at the kill, always under the same delivery id.</summary>
public sealed class OnCallExactlyOnceTests
{
    private const int Notifications = 10;
    private const int ReceivedBeforeKill = 4;

    [Fact]
    public async Task Dispatch_ServerKilledMidDispatch_DeliversEachNotificationUnderOneDeliveryIdAfterRestart()
    {
        using var home = new TempDirectory();
        await using var receiver = new WebhookReceiver(delay: TimeSpan.FromMilliseconds(300));
        Directory.CreateDirectory(Path.Combine(home.Path, "alerting"));
        await File.WriteAllTextAsync(Path.Combine(home.Path, "alerting", "hook.yaml"),
            $"channels:\n  - name: hook\n    type: webhook\n    url: {receiver.Address}hook\n    secret: s3cret\n");
        var expected = new List<string>();
        IReadOnlyList<ReceivedRequest> beforeKill;
        using (var first = await ServerProcess.StartAsync(home.Path))
        {
            using var client = new HttpClient { BaseAddress = first.Address };
            for (var i = 0; i < Notifications; i++)
            {
                expected.Add(await SendTestAsync(client, $"note {i}"));
            }
            await receiver.WaitForAsync(ReceivedBeforeKill, TimeSpan.FromMinutes(1));

            first.Kill();
            beforeKill = receiver.Requests;
        }

        using var second = await ServerProcess.StartAsync(home.Path);
        var all = await receiver.WaitForAsync(Notifications + 1, TimeSpan.FromMinutes(1));
        using var reader = new HttpClient { BaseAddress = second.Address };
        var sent = await SentAsync(reader, Notifications);

        var ids = receiver.Requests.Select(r => r.Header("X-Osprey-Delivery-Id")!).ToList();
        Assert.Equal(expected.Order(), ids.Distinct().Order());
        Assert.Equal(expected.Order(), sent.Keys.Order());
        // Only a notification the first server had claimed but not marked sent when it died (its second attempt in the log) may arrive twice.
        var repeated = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).Order().ToList();
        var inFlightAtKill = sent.Where(s => s.Value == 2).Select(s => s.Key).Order().ToList();
        Assert.Equal(inFlightAtKill, repeated);
        Assert.All(sent.Values, attempts => Assert.InRange(attempts, 1, 2));
        Assert.Contains(sent.Values, attempts => attempts == 1);
        Assert.True(all.Count >= Notifications && beforeKill.Count >= ReceivedBeforeKill);
    }

    private static async Task<string> SendTestAsync(HttpClient client, string message)
    {
        using var response = await client.PostAsJsonAsync("api/notifications/test", new { channel = "hook", message });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("delivery_id").GetString()!;
    }

    private static async Task<Dictionary<string, int>> SentAsync(HttpClient client, int count)
    {
        // A guard against waiting forever, not a measurement: the restarted loop marks the rest sent within a few turns.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            using var body = JsonDocument.Parse(await client.GetStringAsync("api/notifications/deliveries?status=sent", guard.Token));
            var ids = body.RootElement.GetProperty("deliveries").EnumerateArray()
                .ToDictionary(d => d.GetProperty("delivery_id").GetString()!, d => d.GetProperty("attempts").GetInt32());
            if (ids.Count >= count)
            {
                return ids;
            }
            await Task.Delay(200, guard.Token);
        }
    }
}
