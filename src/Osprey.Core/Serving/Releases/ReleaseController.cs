using System.Globalization;
using Osprey.Core.Registry;
using Osprey.Core.Serving.Loading;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Routing;

namespace Osprey.Core.Serving.Releases;

/// <summary>
/// Changes what a server serves: the first load, following the registry (hot reload), canary and shadow candidates, promotion and
/// rollback. Every change loads in the background under the deployment's lock and is published by one atomic plan swap.
/// </summary>
public sealed class ReleaseController(
    ServedModels models,
    IServedModelLoader loader,
    RegistryMoves registry,
    ServingMetrics metrics,
    ValidationOverrides validation,
    TimeProvider clock)
{
    /// <summary>Gets the served models.</summary>
    public ServedModels Models => models;

    /// <summary>Loads a deployment's first version with its candidates unless it has one; throws when the reference names nothing loadable.</summary>
    public async Task StartAsync(ModelDeployment deployment, CancellationToken ct)
    {
        await deployment.Gate.WaitAsync(ct);
        try
        {
            if (deployment.Plan is not null)
            {
                return;
            }
            var found = await loader.ResolveAsync(deployment.Reference, ct);
            deployment.LastChecked = clock.GetUtcNow();
            var stable = await LoadAsync(deployment, found, ct);
            var candidates = deployment.Candidates;
            var canary = candidates.Canary is { } c ? await LoadAsync(deployment, c, ct) : null;
            var shadow = candidates.Shadow is { } s ? await LoadAsync(deployment, s, ct) : null;
            deployment.Install(new TrafficPlan(stable, canary, candidates.CanaryPercent, shadow), metrics);
            deployment.FollowedVersion = found.Version;
            deployment.LastError = null;
        }
        finally
        {
            deployment.Gate.Release();
        }
    }

    /// <summary>Tries <see cref="StartAsync"/>, recording a failure in <see cref="ModelDeployment.LastError"/> instead of throwing.</summary>
    public async Task<bool> TryStartAsync(ModelDeployment deployment, CancellationToken ct)
    {
        try
        {
            await StartAsync(deployment, ct);
            return true;
        }
        catch (OspreyException error)
        {
            deployment.LastError = error.Message;
            return false;
        }
    }

    /// <summary>Reads the registry and, when the followed reference now names another version, loads it and makes it stable; returns whether it switched.</summary>
    /// <remarks>A canary that becomes the stable version stops being a canary. Failures keep the current plan and are recorded in <see cref="ModelDeployment.LastError"/>.</remarks>
    public async Task<bool> RefreshAsync(ModelDeployment deployment, CancellationToken ct)
    {
        await deployment.Gate.WaitAsync(ct);
        try
        {
            var found = await loader.ResolveAsync(deployment.Reference, ct);
            deployment.LastChecked = clock.GetUtcNow();
            if (found.Version == deployment.FollowedVersion && deployment.Plan is not null)
            {
                deployment.LastError = null;
                return false;
            }
            var stable = await LoadAsync(deployment, found, ct);
            deployment.Install(PlanWithStable(deployment.Plan, stable), metrics);
            deployment.FollowedVersion = found.Version;
            deployment.LastError = null;
            metrics.CountReload(deployment.Name, succeeded: true);
            return true;
        }
        catch (OspreyException error)
        {
            deployment.LastError = error.Message;
            metrics.CountReload(deployment.Name, succeeded: false);
            return false;
        }
        finally
        {
            deployment.Gate.Release();
        }
    }

    /// <summary>Sends a share of a model's traffic (0–100 percent) to a version, loading it first when needed.</summary>
    public Task<DeploymentStatus> SetCanaryAsync(string model, int version, double percent, CancellationToken ct) =>
        ChangeAsync(model, async (deployment, plan) =>
        {
            if (version == plan.Stable.Version)
            {
                throw new OspreyException(ErrorCode.InvalidState, $"Version {version} of '{model}' is already the stable version; a canary must be another version.");
            }
            var candidate = await LoadAsync(deployment, version, ct);
            return plan.With(canary: candidate, canaryPercent: percent);
        }, ct);

    /// <summary>Changes the canary's share without changing versions.</summary>
    public Task<DeploymentStatus> SetCanaryPercentAsync(string model, double percent, CancellationToken ct) =>
        ChangeAsync(model, (_, plan) => Task.FromResult(plan.Canary is null
            ? throw new OspreyException(ErrorCode.InvalidState, $"'{model}' has no canary; start one with a version and a share.")
            : plan.With(canaryPercent: percent)), ct);

    /// <summary>Removes the canary (all traffic to the stable version) without touching the registry.</summary>
    public Task<DeploymentStatus> ClearCanaryAsync(string model, CancellationToken ct) =>
        ChangeAsync(model, (_, plan) => Task.FromResult(plan.With(canary: Optional<ServedVersion>.Cleared, canaryPercent: 0)), ct);

    /// <summary>Mirrors every request of a model to a version (or stops mirroring when <paramref name="version"/> is null).</summary>
    public Task<DeploymentStatus> SetShadowAsync(string model, int? version, CancellationToken ct) =>
        ChangeAsync(model, async (deployment, plan) => version is { } v
            ? plan.With(shadow: await LoadAsync(deployment, v, ct))
            : plan.With(shadow: Optional<ServedVersion>.Cleared), ct);

    /// <summary>Makes the canary the stable version, moving the followed alias or stage to it in the registry so followers agree.</summary>
    public Task<DeploymentStatus> PromoteAsync(string model, string? reason, CancellationToken ct) =>
        ChangeAsync(model, async (deployment, plan) =>
        {
            var canary = plan.Canary ?? throw new OspreyException(ErrorCode.InvalidState,
                $"'{model}' has no canary to promote; start one with 'osprey serve canary {model}/<version> --percent 10'.");
            await registry.MoveAsync(deployment.Reference, canary.Version, reason ?? $"promoted from canary by osprey serve", ct);
            deployment.FollowedVersion = deployment.Reference.Moves ? canary.Version : deployment.FollowedVersion;
            return new TrafficPlan(canary, null, 0, plan.Shadow?.Version == canary.Version ? null : plan.Shadow);
        }, ct);

    /// <summary>Drops the canary when there is one; otherwise moves the followed alias or stage back to its previous version and serves that.</summary>
    public Task<DeploymentStatus> RollbackAsync(string model, string? reason, CancellationToken ct) =>
        ChangeAsync(model, async (deployment, plan) =>
        {
            if (plan.Canary is not null)
            {
                return plan.With(canary: Optional<ServedVersion>.Cleared, canaryPercent: 0);
            }
            var previous = await registry.MoveBackAsync(deployment.Reference, plan.Stable.Version, reason, ct);
            var stable = await LoadAsync(deployment, previous, ct);
            deployment.FollowedVersion = previous;
            return PlanWithStable(plan, stable);
        }, ct);

    private async Task<DeploymentStatus> ChangeAsync(string model, Func<ModelDeployment, TrafficPlan, Task<TrafficPlan>> change, CancellationToken ct)
    {
        var deployment = models.Get(model);
        await deployment.Gate.WaitAsync(ct);
        try
        {
            var plan = deployment.Plan ?? throw new OspreyException(ErrorCode.Unavailable, $"'{model}' has no loaded version yet; try again once /ready answers 200.");
            deployment.Install(await change(deployment, plan), metrics);
            return DeploymentStatus.Of(deployment);
        }
        finally
        {
            deployment.Gate.Release();
        }
    }

    private static TrafficPlan PlanWithStable(TrafficPlan? plan, ServedVersion stable) => plan is null
        ? new TrafficPlan(stable)
        : new TrafficPlan(stable,
            plan.Canary?.Version == stable.Version ? null : plan.Canary,
            plan.Canary?.Version == stable.Version ? 0 : plan.CanaryPercent,
            plan.Shadow?.Version == stable.Version ? null : plan.Shadow);

    private async Task<ServedVersion> LoadAsync(ModelDeployment deployment, int version, CancellationToken ct)
    {
        if (deployment.Plan?.Find(version) is { } loaded)
        {
            return loaded;
        }
        var found = await loader.ResolveAsync(ModelReference.Parse($"models:/{deployment.Name}/{version.ToString(CultureInfo.InvariantCulture)}"), ct);
        return await LoadAsync(deployment, found, ct);
    }

    private async Task<ServedVersion> LoadAsync(ModelDeployment deployment, ModelVersion version, CancellationToken ct)
    {
        if (deployment.Plan?.Find(version.Version) is { } loaded)
        {
            return loaded;
        }
        var model = await loader.LoadAsync(version, ct);
        return new ServedVersion(deployment.Name, version.Version, model, validation.For(model), metrics);
    }
}
