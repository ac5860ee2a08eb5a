using Microsoft.Extensions.Logging;
using Osprey.Core;
using Osprey.Core.Serving.Health;
using Osprey.Core.Serving.Loading;
using Osprey.Core.Serving.Releases;
using Osprey.Serving.Api;

namespace Osprey.Serving.Hosting;

/// <summary>How <c>osprey serve</c> runs: which models, candidates, address, health rule, prediction log, limits and security.</summary>
/// <param name="Workspace">The workspace whose registry, artifacts and prediction log the server uses.</param>
/// <param name="Models">The model references to serve, such as <c>churn@champion</c>, <c>churn@Production</c> or <c>churn/3</c>.</param>
public sealed record ServingHostOptions(WorkspaceOptions Workspace, IReadOnlyList<string> Models)
{
    /// <summary>Loopback only on port 8080: other machines cannot connect, and no token is needed.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>Gets the addresses to listen on, separated by ';' (port 0 picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Gets the canary candidate (a fixed version such as <c>churn/4</c>), or null.</summary>
    public string? Canary { get; init; }

    /// <summary>Gets the canary's share of traffic in percent.</summary>
    public double CanaryPercent { get; init; } = 10;

    /// <summary>Gets the shadow candidate (a fixed version such as <c>churn/5</c>), or null.</summary>
    public string? Shadow { get; init; }

    /// <summary>Gets how often the registry is read for moved aliases and stages.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets how often serving appends latency, requests, error rate and dropped log rows to the workspace's series.</summary>
    public TimeSpan SeriesInterval { get; init; } = Core.Serving.Series.ServingSeriesRecorder.DefaultInterval;

    /// <summary>Gets when the server reports itself unhealthy.</summary>
    public HealthRule Health { get; init; } = HealthRule.Default;

    /// <summary>Gets the server-wide validation choices that override each model's own.</summary>
    public ValidationOverrides Validation { get; init; } = new();

    /// <summary>Gets whether predictions are written to the prediction log.</summary>
    public bool LogPredictions { get; init; } = true;

    /// <summary>Gets how many predictions the log's queue holds before it drops (and counts) new ones.</summary>
    public int LogCapacityRows { get; init; } = 100_000;

    /// <summary>Gets how long logged predictions and ground truth are kept before the periodic sweep deletes them (null keeps them forever).</summary>
    public TimeSpan? LogRetention { get; init; } = Core.Serving.Predictions.PredictionLogRetention.DefaultRetention;

    /// <summary>Gets the endpoint limits.</summary>
    public ServingApiOptions Api { get; init; } = new();

    /// <summary>Gets a static token accepted besides the stored ones (from <c>OSPREY_TOKEN</c>); setting one makes tokens required.</summary>
    public string? StaticToken { get; init; }

    /// <summary>Gets whether tokens are required even on a loopback address.</summary>
    public bool RequireToken { get; init; }

    /// <summary>Gets whether the server waits for every model before listening (false: listen at once, 503 until loaded, retry on each poll).</summary>
    public bool WaitForModels { get; init; } = true;

    /// <summary>Gets the least severe log level written to the console.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Gets the clock every part reads.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Gets the registry to follow and load from instead of the workspace's own (<c>osprey serve --server</c>); the workspace keeps the prediction log and tokens.</summary>
    public ServingRegistry? Registry { get; init; }

    /// <summary>Gets a loader replacing the registry loader, or null (tests wrap the real one).</summary>
    public Func<Workspace, IServedModelLoader>? Loader { get; init; }
}
