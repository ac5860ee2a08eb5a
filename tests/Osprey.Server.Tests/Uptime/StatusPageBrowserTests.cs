using System.Diagnostics;

namespace Osprey.Server.Tests.Uptime;

public sealed class StatusPageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task StatusPage_InHeadlessChromium_ShowsMonitorsStatesAndNinetyDayBars()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is required for the status page test (CI installs it)");
        await using var server = await LiveServer.StartAsync();
        var up = UptimeServer.Name("job-up");
        var pending = UptimeServer.Name("job-new");
        var hidden = UptimeServer.Name("rule");
        var token = (await UptimeServer.CreateAsync(server.Client, $$"""{"kind": "heartbeat", "name": "{{up}}", "period": "1h"}"""))["token"]!.GetValue<string>();
        await UptimeServer.CreateAsync(server.Client, $$"""{"kind": "heartbeat", "name": "{{pending}}", "period": "1h"}""");
        await UptimeServer.CreateAsync(server.Client, $$"""{"kind": "rule", "name": "{{hidden}}", "series": "model_f1", "function": "last", "op": "<", "threshold": 0.5}""");
        (await server.Client.GetAsync($"api/heartbeat/{token}")).Dispose();

        var dom = await DumpDomAsync(new Uri(server.Server.BaseAddress, "status"));

        Assert.Contains($"data-monitor=\"{up}\" data-state=\"up\"", dom, StringComparison.Ordinal);
        Assert.Contains($"data-monitor=\"{pending}\" data-state=\"pending\"", dom, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, dom, StringComparison.Ordinal);
        Assert.Equal(180, CountOf(dom, "<rect class=\"bar "));
        Assert.Contains("<rect class=\"bar full\"", dom, StringComparison.Ordinal);
        Assert.Contains("All systems operational", dom, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static async Task<string> DumpDomAsync(Uri url)
    {
        var profile = Directory.CreateTempSubdirectory("osprey-chromium-");
        try
        {
            var start = new ProcessStartInfo(Chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={profile.FullName}", "--dump-dom", url.ToString() },
            };
            using var chromium = Process.Start(start)!;
            var output = chromium.StandardOutput.ReadToEndAsync();
            _ = chromium.StandardError.ReadToEndAsync();
            await chromium.WaitForExitAsync();
            return await output;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
