using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Routing;

namespace Osprey.Core.Serving.Releases;

/// <summary>One served model: the reference it follows, its current traffic plan, and what the last look at the registry found.</summary>
/// <remarks>Requests read <see cref="Plan"/> once and never wait; changes are serialised by <see cref="Gate"/> and published by one reference write.</remarks>
public sealed class ModelDeployment(ModelReference reference, Candidates? candidates = null)
{
    private TrafficPlan? _plan;

    /// <summary>Gets the registered model's name.</summary>
    public string Name => Reference.Name;

    /// <summary>Gets what the deployment follows, such as <c>models:/churn@champion</c>.</summary>
    public ModelReference Reference { get; } = reference;

    /// <summary>Gets the canary and shadow versions to load with the first version.</summary>
    public Candidates Candidates { get; } = candidates ?? Candidates.None;

    /// <summary>Gets the current plan, or null until the first version has loaded.</summary>
    public TrafficPlan? Plan => Volatile.Read(ref _plan);

    /// <summary>Gets the version the reference named when the registry was last read.</summary>
    public int? FollowedVersion { get; internal set; }

    /// <summary>Gets why the last load or registry read failed, or null when it succeeded.</summary>
    public string? LastError { get; internal set; }

    /// <summary>Gets when the registry was last read for this deployment.</summary>
    public DateTimeOffset? LastChecked { get; internal set; }

    /// <summary>Gets the lock that serialises changes to the plan (loads happen outside request paths, under it).</summary>
    internal SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Publishes a new plan atomically and updates the loaded-version metrics.</summary>
    internal void Install(TrafficPlan plan, ServingMetrics metrics)
    {
        var before = Interlocked.Exchange(ref _plan, plan);
        metrics.Describe(Name, Describe(before), Describe(plan), plan.CanaryPercent);
    }

    private static List<(string, string)> Describe(TrafficPlan? plan) =>
        plan?.Members.Select(m => (m.Version.VersionText, PredictionRoleName(m.Role))).ToList() ?? [];

    private static string PredictionRoleName(VersionRole role) => role.ToString().ToLowerInvariant();
}
