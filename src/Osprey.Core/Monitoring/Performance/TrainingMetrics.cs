using Osprey.Core.Registry;
using Osprey.Core.Tracking;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>Finds the metrics a model version's training run logged for the metrics performance monitoring reports (<c>test_f1</c>, else <c>f1</c>).</summary>
public static class TrainingMetrics
{
    /// <summary>Returns the training metrics of a version; empty when the version, its run or the metrics are missing (monitoring still works without them).</summary>
    public static async Task<IReadOnlyDictionary<string, double>> ReadAsync(IModelVersionStore versions, IRunStore runs, string model, int version, CancellationToken ct)
    {
        var found = new Dictionary<string, double>(StringComparer.Ordinal);
        Run run;
        try
        {
            var record = await versions.GetAsync(model, version, ct);
            if (string.IsNullOrEmpty(record.RunId))
            {
                return found;
            }
            run = await runs.GetAsync(RunId.Parse(record.RunId), ct);
        }
        catch (OspreyException failure) when (failure.Code is ErrorCode.NotFound or ErrorCode.InvalidParameter)
        {
            return found;
        }
        var logged = run.Metrics.GroupBy(m => m.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        foreach (var name in PerformanceMetrics.Known)
        {
            if (logged.TryGetValue("test_" + name, out var test) || logged.TryGetValue(name, out test))
            {
                found[name] = test;
            }
        }
        // Multiclass training logs macro averages under their own names; live precision, recall and F1 of multiclass models are macro too.
        foreach (var name in new[] { "precision", "recall", "f1" })
        {
            if (!found.ContainsKey(name) && (logged.TryGetValue($"test_{name}_macro", out var macro) || logged.TryGetValue($"{name}_macro", out macro)))
            {
                found[name] = macro;
            }
        }
        if (!found.ContainsKey("roc_auc") && (logged.TryGetValue("test_roc_auc_ovr", out var ovr) || logged.TryGetValue("roc_auc_ovr", out ovr)))
        {
            found["roc_auc"] = ovr;
        }
        return found;
    }
}
