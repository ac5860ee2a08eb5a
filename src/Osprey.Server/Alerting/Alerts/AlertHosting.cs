using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.Core.Alerting.Analytics;
using Osprey.Core.Security;
using Osprey.Server.Hosting;

namespace Osprey.Server.Alerting.Alerts;

/// <summary>Adds alerts to the server: the alert API, the Alertmanager receiver, analytics, and the beat that ends due snoozes.</summary>
public static class AlertHosting
{
    /// <summary>How often the server checks for snoozes that have ended.</summary>
    public static readonly TimeSpan SnoozeBeat = TimeSpan.FromSeconds(15);

    /// <summary>Maps <c>/api/alerts/**</c> and <c>/api/integrations/alertmanager</c>; routes with a registered <see cref="IAlertRouter"/> when there is one.</summary>
    public static WebApplication MapAlertsApi(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<ServerOptions>();
        var workspace = app.Services.GetRequiredService<Workspace>();
        var alerts = new AlertService(workspace.Stores.Alerts, options.Clock, app.Services.GetService<IAlertRouter>(), app.Services.GetService<ICallerIdentity>());
        var api = app.MapGroup("/api/alerts");
        new AlertAnalyticsEndpoints(new AlertAnalyticsService(workspace.Stores.Alerts), options.Clock).Map(api);
        new AlertEndpoints(alerts, options.Clock).Map(api);
        new AlertmanagerEndpoints(alerts).Map(app);
        StartSnoozeBeat(app, alerts, options.Clock);
        return app;
    }

    private static void StartSnoozeBeat(WebApplication app, AlertService alerts, TimeProvider clock)
    {
        AlertSnoozeTimer? timer = null;
        app.Lifetime.ApplicationStarted.Register(() => timer = new AlertSnoozeTimer(alerts, clock, SnoozeBeat));
        app.Lifetime.ApplicationStopping.Register(() => timer?.DisposeAsync().AsTask().GetAwaiter().GetResult());
    }
}
