using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.StatusPage;
using Osprey.Core.Alerting.Uptime;
using Osprey.Core.Monitoring.Series;
using Osprey.Server.Hosting;

namespace Osprey.Server.Alerting.Uptime;

/// <summary>Adds uptime monitoring to the server: the engine and its hosted loop, the monitor API, the heartbeat ping endpoints and the public status page.</summary>
public static class UptimeHosting
{
    /// <summary>Registers the engine, the monitor service and the hosted loop; uses the registered <see cref="IAlertSink"/> and <see cref="ISeriesStore"/> when there are any.</summary>
    public static IServiceCollection AddUptime(this IServiceCollection services, ServerOptions options)
    {
        var title = Environment.GetEnvironmentVariable(UptimeHostOptions.TitleVariable);
        var host = new UptimeHostOptions(Path.Combine(options.Workspace.Home, "monitors"), StatusTitle: string.IsNullOrWhiteSpace(title) ? "Osprey status" : title);
        services.AddSingleton(host);
        services.AddSingleton(sp => new HttpProbe(CheckClient(), options.Clock, host.HttpConcurrency));
        services.AddSingleton(sp =>
        {
            var logs = sp.GetRequiredService<ILoggerFactory>();
            var alerts = sp.GetService<IAlertSink>() ?? new LoggedAlertSink(logs.CreateLogger("Osprey.Alerts"));
            var probes = new UptimeProbes(sp.GetRequiredService<HttpProbe>(), new TcpProbe(options.Clock));
            return new UptimeEngine(sp.GetRequiredService<Workspace>().Stores.Uptime, alerts, sp.GetService<ISeriesStore>(), probes, options.Clock,
                new UptimeServerLog(logs.CreateLogger("Osprey.Uptime")));
        });
        services.AddSingleton(sp => new MonitorService(sp.GetRequiredService<Workspace>().Stores.Uptime, sp.GetRequiredService<UptimeEngine>()));
        services.AddSingleton(sp => new StatusPageBuilder(sp.GetRequiredService<Workspace>().Stores.Uptime, options.Clock));
        services.AddHostedService<UptimeHostedService>();
        return services;
    }

    /// <summary>Maps <c>/api/monitors</c>, <c>/api/heartbeat/{token}</c> and the public <c>/status</c> and <c>/status.json</c>.</summary>
    public static IEndpointRouteBuilder MapUptimeApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/monitors").MapMonitorEndpoints();
        app.MapHeartbeatPingEndpoints();
        app.MapStatusPageEndpoints();
        return app;
    }

    // One client for every HTTP monitor: pooled connections recycled every few minutes (so DNS changes are seen), no cookies kept between checks.
    private static HttpClient CheckClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        MaxConnectionsPerServer = 256,
        UseCookies = false,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        DefaultRequestHeaders = { { "User-Agent", "Osprey-Uptime/1" } },
    };
}
