using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Core.Security;
using Osprey.Core.Serving;
using Osprey.Server.Alerting.Alerts;
using Osprey.Server.Alerting.OnCall;
using Osprey.Server.Alerting.Uptime;
using Osprey.Server.Api;
using Osprey.Server.Monitoring;
using Osprey.Server.Pipelines;
using Osprey.Server.Security;
using Osprey.Serving.Api;
using Osprey.Serving.Hosting;
using Osprey.Storage.Sqlite;

namespace Osprey.Server.Hosting;

/// <summary>Builds and runs the Osprey server: the workspace, Kestrel, the middleware and every API area.</summary>
public static class OspreyServerHost
{
    /// <summary>Opens the workspace and builds the server without starting it; throws <see cref="ErrorCode.InvalidState"/> when it would be reachable from other machines without any token.</summary>
    public static async Task<OspreyServer> CreateAsync(ServerOptions options, CancellationToken ct)
    {
        Directory.CreateDirectory(options.Workspace.Home);
        var database = await SqliteStores.OpenAsync(options.Workspace.DatabasePath, ct);
        ServingRuntime? serving = null;
        try
        {
            var caller = new RequestCallerIdentity();
            var workspace = new Workspace(database.Stores, new LocalArtifactStore(options.Workspace.ArtifactsPath), options.Clock, caller);
            var policy = await DecidePolicyAsync(options, workspace, ct);
            serving = await StartServingAsync(options, workspace, ct);
            var app = Build(options, workspace, caller, policy, serving);
            return new OspreyServer(app, database, workspace, policy.TokensRequired, serving);
        }
        catch
        {
            if (serving is not null)
            {
                await serving.DisposeAsync();
            }
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates and starts a server; read <see cref="OspreyServer.Addresses"/> for the bound ports.</summary>
    public static async Task<OspreyServer> StartAsync(ServerOptions options, CancellationToken ct)
    {
        var server = await CreateAsync(options, ct);
        try
        {
            await server.StartAsync(ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs a server until Ctrl+C or SIGTERM: <c>[--home DIR] [--urls URLS] [--public-read] [--require-token]</c>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var options = ServerArguments.Parse(args);
            await using var server = await StartAsync(options, CancellationToken.None);
            await Console.Out.WriteLineAsync($"Osprey listening on {string.Join(", ", server.Addresses)} (workspace {options.Workspace.Home}; tokens {(server.TokensRequired ? "required" : "not required on loopback")})");
            await server.WaitForShutdownAsync(CancellationToken.None);
            return 0;
        }
        catch (OspreyException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"error: could not start the server: {e.Message}");
            return 1;
        }
    }

    private static async Task<AuthenticationPolicy> DecidePolicyAsync(ServerOptions options, Workspace workspace, CancellationToken ct)
    {
        var loopbackOnly = ListenAddresses.AreLoopbackOnly(options.Urls);
        var required = options.RequireToken || options.StaticToken is not null || !loopbackOnly;
        if (required && options.StaticToken is null && (await workspace.Tokens.ListAsync(ct)).Count == 0)
        {
            var why = loopbackOnly
                ? "tokens are required but none exists"
                : $"listening on '{options.Urls}' makes the server reachable from other machines, which requires an API token";
            throw new OspreyException(ErrorCode.InvalidState,
                $"Refusing to start: {why}. Set {ServerOptions.TokenVariable} or create a token with 'osprey tokens create NAME', or listen on {ServerOptions.DefaultUrls}.");
        }
        return new AuthenticationPolicy(required, options.PublicRead);
    }

    // The inference routes of 'osprey serve', loaded before the server listens (unless told not to wait); their health, metrics and admin routes sit under /serving.
    private static async Task<ServingRuntime?> StartServingAsync(ServerOptions options, Workspace workspace, CancellationToken ct)
    {
        if (options.Serve.Count == 0)
        {
            return null;
        }
        var serving = (options.Serving ?? new ServingHostOptions(options.Workspace, options.Serve)) with
        {
            Workspace = options.Workspace, Models = options.Serve, Clock = options.Clock,
        };
        var runtime = ServingHost.CreateRuntime(serving, workspace);
        try
        {
            await runtime.StartAsync(serving.WaitForModels, ct);
            return runtime;
        }
        catch
        {
            await runtime.DisposeAsync();
            throw;
        }
    }

    private static WebApplication Build(ServerOptions options, Workspace workspace, RequestCallerIdentity caller, AuthenticationPolicy policy, ServingRuntime? serving)
    {
        var builder = KestrelHostBuilder.Create(options.Urls, Math.Max(options.MaxJsonBodyBytes, options.MaxArtifactBytes), options.MinimumLogLevel);
        builder.Services.AddSingleton(options).AddSingleton(workspace).AddSingleton(caller).AddSingleton(policy)
            .AddSingleton(new TokenVerifier(workspace.Tokens, options.StaticToken, options.Clock));
        builder.Services.AddPipelines(options);
        builder.Services.AddSingleton(workspace.Stores.Series);
        builder.Services.AddAlerts(options);
        builder.Services.AddUptime(options);
        builder.Services.AddOnCall(options);

        var app = builder.Build();
        app.UseMiddleware<ApiErrorMiddleware>();
        app.UseMiddleware<DotSegmentGuardMiddleware>();
        app.UseRouting();
        app.UseMiddleware<BodySizeLimitMiddleware>(options.MaxJsonBodyBytes, options.MaxArtifactBytes);
        app.UseMiddleware<TokenAuthenticationMiddleware>();
        app.MapHealthApi();
        app.MapMlflowTrackingApi();
        app.MapMlflowLoggedModelsApi();
        app.MapMlflowRegistryApi();
        app.MapMlflowArtifactsApi();
        app.MapOspreyApi();
        app.MapPipelinesApi();
        app.MapSeriesApi();
        app.MapModelMonitoringApi();
        if (serving is not null)
        {
            app.MapServingApi(serving, new ServingApiOptions(), app.Services.GetRequiredService<ILoggerFactory>(), ServingApi.SharedHostControlPrefix);
        }
        app.MapAlertsApi();
        app.MapUptimeApi();
        app.MapOnCallApi();
        app.MapUnknownApiPaths();
        return app;
    }
}
