using System.Globalization;
using System.Net;
using System.Text;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Core.Alerting.StatusPage;

/// <summary>Renders the status page as one self-contained HTML document: inline CSS, an inline SVG bar per monitor, no scripts and no outside requests.</summary>
public static class StatusPageHtml
{
    private const int BarWidth = 6;
    private const int BarGap = 2;
    private const int BarHeight = 34;

    /// <summary>Returns the page's HTML.</summary>
    public static string Render(StatusPageView view)
    {
        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta http-equiv=\"refresh\" content=\"60\"><title>").Append(E(view.Title)).Append("</title><style>").Append(Css).Append("</style></head><body><main>")
            .Append("<h1>").Append(E(view.Title)).Append("</h1>")
            .Append("<p class=\"summary ").Append(view.AllUp ? "up" : "down").Append("\" id=\"summary\">")
            .Append(view.AllUp ? "All systems operational" : "Some systems are down").Append("</p>");
        html.Append("<section id=\"monitors\">");
        foreach (var item in view.Items)
        {
            Item(html, item);
        }
        if (view.Items.Count == 0)
        {
            html.Append("<p class=\"muted\">No monitors are shown on this page yet.</p>");
        }
        html.Append("</section><section id=\"incidents\"><h2>Recent incidents</h2>");
        Incidents(html, view.Incidents, view.GeneratedAt);
        html.Append("</section><footer class=\"muted\">Updated ").Append(Time(view.GeneratedAt)).Append(" UTC</footer></main></body></html>");
        return html.ToString();
    }

    private static void Item(StringBuilder html, StatusItem item)
    {
        var state = item.State.ToString().ToLowerInvariant();
        var percent = item.UptimePercent is { } p ? p.ToString("F2", CultureInfo.InvariantCulture) + "% uptime" : "no data yet";
        html.Append("<article class=\"monitor\" data-monitor=\"").Append(E(item.Name)).Append("\" data-state=\"").Append(state).Append("\">")
            .Append("<header><span class=\"name\">").Append(E(item.Name)).Append("</span><span class=\"state ").Append(state).Append("\">")
            .Append(StateText(item.State)).Append("</span></header>");
        var width = (item.Days.Count * (BarWidth + BarGap)) - BarGap;
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"bars\" role=\"img\" viewBox=\"0 0 {width} {BarHeight}\" preserveAspectRatio=\"none\" aria-label=\"{E(item.Name)}: {percent}\">");
        for (var i = 0; i < item.Days.Count; i++)
        {
            var day = item.Days[i];
            var label = day.Uptime is { } u ? $"{Date(day.Day)}: {(u * 100).ToString("F2", CultureInfo.InvariantCulture)}% up, {day.Incidents} incident(s)" : $"{Date(day.Day)}: no data";
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {Shade(day.Uptime)}\" x=\"{i * (BarWidth + BarGap)}\" y=\"0\" width=\"{BarWidth}\" height=\"{BarHeight}\" rx=\"1\"><title>{E(label)}</title></rect>");
        }
        html.Append("</svg><div class=\"legend muted\"><span>").Append(item.Days.Count).Append(" days ago</span><span>").Append(E(percent)).Append("</span><span>today</span></div></article>");
    }

    private static void Incidents(StringBuilder html, IReadOnlyList<Incident> incidents, long now)
    {
        if (incidents.Count == 0)
        {
            html.Append("<p class=\"muted\">No incidents in this period.</p>");
            return;
        }
        html.Append("<ul>");
        foreach (var incident in incidents)
        {
            var lasted = TimeSpan.FromMilliseconds((incident.End ?? now) - incident.Start);
            html.Append("<li class=\"incident\"><strong>").Append(E(incident.Monitor)).Append("</strong> ")
                .Append(incident.End is null ? "<span class=\"state down\">ongoing</span>" : "<span class=\"state up\">resolved</span>")
                .Append("<br><span class=\"muted\">").Append(Time(incident.Start)).Append(" UTC, ").Append(Pipelines.DurationText.Format(TimeSpan.FromSeconds(Math.Round(lasted.TotalSeconds))))
                .Append("</span><br>").Append(E(incident.Cause)).Append("</li>");
        }
        html.Append("</ul>");
    }

    private static string StateText(MonitorState state) => state switch
    {
        MonitorState.Up => "Operational",
        MonitorState.Down => "Down",
        MonitorState.Paused => "Paused",
        MonitorState.Maintenance => "Maintenance",
        _ => "Pending",
    };

    private static string Shade(double? uptime) => uptime switch
    {
        null => "none",
        >= 0.999 => "full",
        >= 0.95 => "partial",
        _ => "major",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Date(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private const string Css = """
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;background:#f6f7f9;color:#1d2330}
        main{max-width:760px;margin:0 auto;padding:32px 16px}h1{font-size:24px;margin:0 0 16px}h2{font-size:18px;margin:32px 0 8px}
        .summary{padding:12px 16px;border-radius:8px;color:#fff;font-weight:600}.summary.up{background:#2e9e5b}.summary.down{background:#d64545}
        .monitor{background:#fff;border:1px solid #e2e5ea;border-radius:8px;padding:12px 16px;margin:12px 0}
        .monitor header{display:flex;justify-content:space-between;margin-bottom:8px}.name{font-weight:600}
        .state.up{color:#2e9e5b}.state.down{color:#d64545}.state.pending,.state.paused,.state.maintenance{color:#8a93a3}
        .bars{width:100%;height:34px;display:block}.bar.full{fill:#3bb36b}.bar.partial{fill:#e8b33a}.bar.major{fill:#d64545}.bar.none{fill:#d5d9e0}
        .legend{display:flex;justify-content:space-between;font-size:12px}.muted{color:#8a93a3}
        ul{list-style:none;padding:0}.incident{background:#fff;border:1px solid #e2e5ea;border-radius:8px;padding:10px 16px;margin:8px 0}
        footer{margin-top:32px;font-size:12px}
        """;
}
