using System.Globalization;

namespace Osprey.Core.Serving.Routing;

/// <summary>An immutable routing decision for one model: the stable version, an optional canary with its share, and an optional shadow.</summary>
/// <remarks>A model's plan is replaced as a whole (one reference write), so a request that read a plan finishes on it untouched by promotions.</remarks>
public sealed class TrafficPlan
{
    private readonly int _canaryBuckets;
    private long _sequence;

    /// <summary>Creates a plan; <paramref name="canaryPercent"/> is 0 to 100 and ignored without a canary.</summary>
    public TrafficPlan(ServedVersion stable, ServedVersion? canary = null, double canaryPercent = 0, ServedVersion? shadow = null)
    {
        if (canary is not null && (double.IsNaN(canaryPercent) || canaryPercent < 0 || canaryPercent > 100))
        {
            throw OspreyException.Invalid($"The canary share must be between 0 and 100 percent, not {canaryPercent.ToString(CultureInfo.InvariantCulture)}.");
        }
        Stable = stable;
        Canary = canary;
        CanaryPercent = canary is null ? 0 : canaryPercent;
        Shadow = shadow;
        _canaryBuckets = (int)Math.Round(CanaryPercent * StickyHash.Buckets / 100);
    }

    /// <summary>Gets the version that answers requests not sent to the canary.</summary>
    public ServedVersion Stable { get; }

    /// <summary>Gets the candidate answering its share, or null.</summary>
    public ServedVersion? Canary { get; }

    /// <summary>Gets the canary's share of requests, in percent (0 without a canary).</summary>
    public double CanaryPercent { get; }

    /// <summary>Gets the version scoring mirrored requests, or null.</summary>
    public ServedVersion? Shadow { get; }

    /// <summary>Chooses the version that answers a request: by the key's bucket when a key is given (sticky), otherwise by a uniform sequence.</summary>
    public ServedVersion Choose(ReadOnlySpan<char> key)
    {
        if (Canary is null || _canaryBuckets == 0)
        {
            return Stable;
        }
        var bucket = key.IsEmpty ? StickyHash.Bucket((ulong)Interlocked.Increment(ref _sequence)) : StickyHash.Bucket(key);
        return bucket < _canaryBuckets ? Canary : Stable;
    }

    /// <summary>Returns the plan with a different stable, canary, share or shadow.</summary>
    public TrafficPlan With(ServedVersion? stable = null, Optional<ServedVersion> canary = default, double? canaryPercent = null, Optional<ServedVersion> shadow = default) =>
        new(stable ?? Stable, canary.Or(Canary), canaryPercent ?? CanaryPercent, shadow.Or(Shadow));

    /// <summary>Gets every loaded version with its role, stable first.</summary>
    public IReadOnlyList<(ServedVersion Version, VersionRole Role)> Members
    {
        get
        {
            var members = new List<(ServedVersion, VersionRole)> { (Stable, VersionRole.Stable) };
            if (Canary is not null)
            {
                members.Add((Canary, VersionRole.Canary));
            }
            if (Shadow is not null)
            {
                members.Add((Shadow, VersionRole.Shadow));
            }
            return members;
        }
    }

    /// <summary>Returns the loaded version with a number in any role, or null.</summary>
    public ServedVersion? Find(int version) => Members.Select(m => m.Version).FirstOrDefault(v => v.Version == version);
}
