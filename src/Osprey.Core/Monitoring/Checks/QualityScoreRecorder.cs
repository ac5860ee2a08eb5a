using Osprey.Core.Monitoring.Series;

namespace Osprey.Core.Monitoring.Checks;

/// <summary>Records a suite's data-quality score as the time series <c>data_quality_score{suite, data_set}</c>, when a store is available.</summary>
public static class QualityScoreRecorder
{
    /// <summary>The series name the score is recorded under.</summary>
    public const string SeriesName = "data_quality_score";

    /// <summary>Appends one sample (the score, 0 to 100) at the clock's time; does nothing when <paramref name="store"/> is null.</summary>
    public static Task RecordAsync(ISeriesStore? store, SuiteResult result, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(clock);
        if (store is null)
        {
            return Task.CompletedTask;
        }
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["suite"] = result.Suite, ["data_set"] = result.DataSet };
        return store.AppendAsync([new SeriesPoint(SeriesName, labels, clock.GetUtcNow().ToUnixTimeMilliseconds(), result.Score)], ct);
    }
}
