using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Core.Security;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Loading;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Releases;
using Osprey.Serving.Security;
using Osprey.Storage.Sqlite;

namespace Osprey.Serving.Hosting;

/// <summary>Builds and starts an inference server: the workspace, the models (loaded before listening unless told otherwise), Kestrel and the API.</summary>
public static class ServingHost
{
    /// <summary>The caller name recorded on registry moves the server makes (promotion, rollback).</summary>
    public const string CallerName = "osprey-serve";

    /// <summary>Opens the workspace, loads the models and starts listening; throws <see cref="OspreyException"/> for bad references, unloadable models or an unprotected public address.</summary>
    public static async Task<ServingServer> StartAsync(ServingHostOptions options, CancellationToken ct)
    {
        Directory.CreateDirectory(options.Workspace.Home);
        var database = await SqliteStores.OpenAsync(options.Workspace.DatabasePath, ct);
        ServingRuntime? runtime = null;
        ServingServer? server = null;
        try
        {
            var workspace = new Workspace(database.Stores, new LocalArtifactStore(options.Workspace.ArtifactsPath), options.Clock, new FixedCallerIdentity(CallerName));
            var tokensRequired = await DecideTokensAsync(options, workspace, ct);
            runtime = CreateRuntime(options, workspace);
            await runtime.StartAsync(options.WaitForModels, ct);
            server = new ServingServer(Build(options, workspace, runtime, tokensRequired), database, workspace, runtime, tokensRequired);
            await server.StartAsync(ct);
            return server;
        }
        catch
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
            else
            {
                if (runtime is not null)
                {
                    await runtime.DisposeAsync();
                }
                await database.DisposeAsync();
            }
            throw;
        }
    }

    /// <summary>Composes a serving runtime over an open workspace without hosting it (another host, such as the Osprey server, maps it with <see cref="ServingApi.MapServingApi"/>).</summary>
    /// <remarks>Call <see cref="ServingRuntime.StartAsync"/> to load the models; dispose the runtime before the workspace's database.</remarks>
    public static ServingRuntime CreateRuntime(ServingHostOptions options, Workspace workspace)
    {
        if (options.Models.Count == 0)
        {
            throw OspreyException.Invalid("Name at least one model to serve, such as --model churn@champion.");
        }
        var references = options.Models.Select(ModelReference.Parse).ToList();
        var canary = options.Canary is null ? null : ModelReference.ParseVersion(options.Canary, "--canary");
        var shadow = options.Shadow is null ? null : ModelReference.ParseVersion(options.Shadow, "--shadow");
        foreach (var candidate in new[] { canary, shadow }.OfType<ModelReference>().Where(c => references.All(r => r.Name != c.Name)))
        {
            throw OspreyException.Invalid($"The candidate '{candidate}' is a version of '{candidate.Name}', which is not served; serve it with --model {candidate.Name}@<alias>.");
        }
        var deployments = references.Select(r => new ModelDeployment(r, new Candidates(
            canary?.Name == r.Name ? canary.Uri.Version : null, options.CanaryPercent, shadow?.Name == r.Name ? shadow.Uri.Version : null))).ToList();
        var registry = options.Registry ?? new ServingRegistry(workspace.Versions, workspace.Aliases, workspace.Runs, workspace.RunArtifacts, "the workspace");
        var loader = options.Loader?.Invoke(workspace) ?? new RegistryModelLoader(registry.Versions, registry.Runs, registry.Artifacts);
        var store = workspace.Stores.PredictionLog;
        var log = options.LogPredictions ? new PredictionLogWriter(store, options.LogCapacityRows, options.Clock) : null;
        var runtimeOptions = new ServingRuntimeOptions(options.Clock) { PollInterval = options.PollInterval, Health = options.Health, Validation = options.Validation, LogRetention = options.LogRetention, SeriesInterval = options.SeriesInterval };
        return new ServingRuntime(new ServedModels(deployments), loader, new RegistryMoves(registry.Versions, registry.Aliases), runtimeOptions, log, store, workspace.Stores.Series);
    }

    private static async Task<bool> DecideTokensAsync(ServingHostOptions options, Workspace workspace, CancellationToken ct)
    {
        var loopbackOnly = ListenAddresses.AreLoopbackOnly(options.Urls);
        var required = options.RequireToken || options.StaticToken is not null || !loopbackOnly;
        if (required && options.StaticToken is null && (await workspace.Tokens.ListAsync(ct)).Count == 0)
        {
            var why = loopbackOnly ? "tokens are required but none exists"
                : $"listening on '{options.Urls}' makes the server reachable from other machines, which requires an API token";
            throw new OspreyException(ErrorCode.InvalidState,
                $"Refusing to start: {why}. Set OSPREY_TOKEN or create a token with 'osprey tokens create NAME', or listen on {ServingHostOptions.DefaultUrls}.");
        }
        return required;
    }

    private static WebApplication Build(ServingHostOptions options, Workspace workspace, ServingRuntime runtime, bool tokensRequired)
    {
        var builder = KestrelHostBuilder.Create(options.Urls, Math.Max(options.Api.MaxBodyBytes, options.Api.MaxBatchBodyBytes), options.MinimumLogLevel);
        builder.Services.AddSingleton(new TokenVerifier(workspace.Tokens, options.StaticToken, options.Clock));
        var app = builder.Build();
        if (tokensRequired)
        {
            app.UseRouting();
            app.UseMiddleware<TokenCheckMiddleware>();
        }
        app.MapServingApi(runtime, options.Api, app.Services.GetRequiredService<ILoggerFactory>());
        return app;
    }
}
