using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Releases;

namespace Osprey.Core.Serving.Series;

/// <summary>One loaded model version whose metrics the series recorder reads, with the labels its samples carry.</summary>
public sealed record ServedSeries(string Model, string Version, string Role, VersionMetrics Metrics)
{
    /// <summary>Returns every version the models' current traffic plans hold, with its role (<c>stable</c>, <c>canary</c> or <c>shadow</c>).</summary>
    public static IReadOnlyList<ServedSeries> Of(ServedModels models) =>
        models.All
            .SelectMany(d => d.Plan?.Members ?? [])
            .Select(m => new ServedSeries(m.Version.ModelName, m.Version.VersionText, m.Role.ToString().ToLowerInvariant(), m.Version.Metrics))
            .ToList();
}
