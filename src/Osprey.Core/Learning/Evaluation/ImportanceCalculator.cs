using Osprey.Core.Data;
using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Evaluation;

/// <summary>Gain importance of tree ensembles and permutation importance of any predictor, most important first.</summary>
public static class ImportanceCalculator
{
    /// <summary>Returns each feature's total split gain over all trees (XGBoost's total_gain) and its share of the sum.</summary>
    public static IReadOnlyList<FeatureImportance> Gain(TreeEnsemble ensemble, IReadOnlyList<FeatureInfo> features)
    {
        var gains = new double[features.Count];
        foreach (var tree in ensemble.Trees)
        {
            foreach (var node in tree.Nodes)
            {
                if (!node.IsLeaf)
                {
                    gains[node.Feature] += node.Gain;
                }
            }
        }
        return Ranked(features, gains, new double[features.Count]);
    }

    /// <summary>Returns, per feature, how much <paramref name="score"/> (higher is better) drops on average when the feature's column is shuffled, over <paramref name="repeats"/> seeded shuffles.</summary>
    public static IReadOnlyList<FeatureImportance> Permutation(
        IPredictor predictor, FeatureMatrix features, Func<double[], double> score, int repeats = 5, long seed = 42)
    {
        if (repeats < 1)
        {
            throw OspreyException.Invalid("Permutation importance needs at least one repeat.");
        }
        var baseline = score(predictor.Predict(features));
        var means = new double[features.FeatureCount];
        var deviations = new double[features.FeatureCount];
        for (var f = 0; f < features.FeatureCount; f++)
        {
            var drops = new double[repeats];
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                var shuffled = features.Column(f).ToArray();
                SeededRandom.ForStream(seed, f * 1000L + repeat).Shuffle(shuffled.AsSpan());
                drops[repeat] = baseline - score(predictor.Predict(features.WithColumn(f, shuffled)));
            }
            means[f] = drops.Average();
            deviations[f] = Math.Sqrt(drops.Select(d => (d - means[f]) * (d - means[f])).Average());
        }
        return Ranked(features.Features, means, deviations);
    }

    private static FeatureImportance[] Ranked(IReadOnlyList<FeatureInfo> features, double[] scores, double[] deviations)
    {
        var total = scores.Where(s => s > 0).Sum();
        return Enumerable.Range(0, features.Count)
            .Select(f => new FeatureImportance(features[f].Name, scores[f], total > 0 ? Math.Max(scores[f], 0) / total : 0, deviations[f]))
            .OrderByDescending(i => i.Score).ThenBy(i => i.Feature, StringComparer.Ordinal).ToArray();
    }
}
