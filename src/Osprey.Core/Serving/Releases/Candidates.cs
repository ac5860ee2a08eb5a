namespace Osprey.Core.Serving.Releases;

/// <summary>The candidate versions a deployment starts with: a canary with its share, and a shadow.</summary>
/// <param name="CanaryPercent">The canary's share of traffic, 0 to 100.</param>
public sealed record Candidates(int? Canary = null, double CanaryPercent = 0, int? Shadow = null)
{
    /// <summary>Gets no candidates.</summary>
    public static Candidates None { get; } = new();
}
