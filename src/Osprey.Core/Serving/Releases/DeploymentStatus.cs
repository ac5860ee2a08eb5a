namespace Osprey.Core.Serving.Releases;

/// <summary>What a deployment serves now: the followed reference, the stable, canary and shadow versions, and the registry's last answer.</summary>
/// <param name="Stable">The stable version, or null before the first load.</param>
/// <param name="FollowedVersion">The version the reference named at the last registry read.</param>
/// <param name="LastError">Why the last load or registry read failed, or null.</param>
public sealed record DeploymentStatus(
    string Model,
    string Reference,
    int? Stable,
    int? Canary,
    double CanaryPercent,
    int? Shadow,
    int? FollowedVersion,
    string? LastError,
    DateTimeOffset? LastChecked)
{
    /// <summary>Describes a deployment as it is now.</summary>
    public static DeploymentStatus Of(ModelDeployment deployment)
    {
        var plan = deployment.Plan;
        return new DeploymentStatus(deployment.Name, deployment.Reference.ToString(), plan?.Stable.Version, plan?.Canary?.Version,
            plan?.CanaryPercent ?? 0, plan?.Shadow?.Version, deployment.FollowedVersion, deployment.LastError, deployment.LastChecked);
    }
}
