using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.OnCall;
using Osprey.Core.Alerting.Routing;
using Osprey.Core.Pipelines;
using Osprey.Server.Hosting;

namespace Osprey.Server.Alerting.OnCall;

/// <summary>Adds on-call to the server: definitions from <c>HOME/alerting/*.yaml</c> and the API, the alert router, the loop and the endpoints.</summary>
public static class OnCallHosting
{
    /// <summary>The environment variable that sets the loop interval as a duration (default 2s).</summary>
    public const string IntervalVariable = "OSPREY_ONCALL_INTERVAL";

    /// <summary>Registers on-call services and the hosted loop; escalation follows the <see cref="IAlertEventFeed"/> and writes the <see cref="IAlertEventLog"/> that AddAlerts registers.</summary>
    public static IServiceCollection AddOnCall(this IServiceCollection services, ServerOptions options)
    {
        var interval = DurationText.TryParse(Environment.GetEnvironmentVariable(IntervalVariable), out var parsed) && parsed > TimeSpan.Zero ? parsed : TimeSpan.FromSeconds(2);
        services.AddSingleton(sp => new OnCallDefinitions(Path.Combine(options.Workspace.Home, "alerting"), sp.GetRequiredService<Workspace>().Stores.OnCallDefinitions));
        services.TryAddSingleton<IAlertRouter>(sp => new AlertRouter(() => sp.GetRequiredService<OnCallDefinitions>().Current));
        services.AddSingleton(sp => new OnCallService(sp.GetRequiredService<OnCallDefinitions>(), sp.GetRequiredService<Workspace>().Stores.Notifications, options.Clock));
        services.AddSingleton(sp => new OnCallLoop(
            sp.GetRequiredService<OnCallDefinitions>(), sp.GetRequiredService<Workspace>().Stores.Notifications,
            sp.GetRequiredService<IAlertEventFeed>(), sp.GetRequiredService<IAlertEventLog>(), options.Clock, interval, sp.GetRequiredService<ILogger<OnCallLoop>>()));
        services.AddHostedService(sp => new OnCallHostedService(
            sp.GetRequiredService<OnCallDefinitions>(), sp.GetRequiredService<Workspace>().Stores.Notifications, sp.GetRequiredService<OnCallLoop>(),
            options.Clock, sp.GetRequiredService<ILogger<OnCallHostedService>>()));
        return services;
    }

    /// <summary>Maps <c>/api/oncall</c> and <c>/api/notifications</c>.</summary>
    public static IEndpointRouteBuilder MapOnCallApi(this IEndpointRouteBuilder app) => app.MapOnCallEndpoints();
}
