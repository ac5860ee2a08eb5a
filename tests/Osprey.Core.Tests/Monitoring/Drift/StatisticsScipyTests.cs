using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Monitoring.Drift.Statistics;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class StatisticsScipyTests
{
    public static TheoryData<string, double[], double[]> NumericPairs() => new()
    {
        { "shifted", TestVectors.Normalish(21, 80), TestVectors.Normalish(22, 120, shift: 0.4) },
        { "ties", TestVectors.Normalish(23, 500, scale: 3, decimals: 0), TestVectors.Normalish(24, 400, scale: 3, decimals: 0, shift: 1) },
        { "tiny", [0, 1, 3], [5, 6, 8] },
        { "identical", [1, 2, 2, 3], [1, 2, 2, 3] },
        { "scaled", TestVectors.Normalish(25, 2000), TestVectors.Normalish(26, 3000, scale: 1.5) },
        { "single values", [4], [7] },
    };

    public static TheoryData<string, string[], string[]> CategoricalPairs() => new()
    {
        { "three labels", Labels(31, 300, "a", "b", "c"), Labels(32, 250, "a", "b", "c", "c") },
        { "new label in current", Labels(33, 100, "x", "y"), Labels(34, 90, "x", "y", "z") },
        { "two labels", Labels(35, 1000, "yes", "no", "no"), Labels(36, 800, "yes", "no") },
        { "same shares", ["a", "b", "a", "b"], ["b", "a", "b", "a"] },
        { "many labels", Labels(37, 5000, "a", "b", "c", "d", "e", "f", "g"), Labels(38, 4000, "a", "b", "c", "d", "e", "f", "g", "g") },
    };

    [ScipyTheory]
    [MemberData(nameof(NumericPairs))]
    public void Wasserstein_FixedVectors_MatchesScipy(string name, double[] first, double[] second)
    {
        var expected = ScipyOracle.Run("print(json.dumps(float(stats.wasserstein_distance(data['a'], data['b']))))", new { a = first, b = second }).GetDouble();

        var actual = Distances.Wasserstein(WeightedSample.From(first), WeightedSample.From(second));

        Assert.True(Math.Abs(expected - actual) < 1e-9, $"{name}: {actual} vs SciPy {expected}");
    }

    [ScipyTheory]
    [MemberData(nameof(NumericPairs))]
    public void WassersteinNormed_FixedVectors_MatchesEvidentlyFormula(string name, double[] first, double[] second)
    {
        var expected = ScipyOracle.Run("print(json.dumps(float(stats.wasserstein_distance(data['a'], data['b']) / max(np.std(data['a']), 0.001))))",
            new { a = first, b = second }).GetDouble();

        var actual = ColumnDriftCalculator.Compute(Profiles.Numeric("x", first), Profiles.Numeric("x", second), "feature", DriftTest.Wasserstein).Statistic;

        Assert.True(Math.Abs(expected - actual) < 1e-6 * Math.Max(1, expected), $"{name}: {actual} vs SciPy {expected}");
    }

    [ScipyTheory]
    [MemberData(nameof(CategoricalPairs))]
    public void ChiSquare_FixedLabels_MatchesScipyOnEvidentlyFrequencies(string name, string[] first, string[] second)
    {
        const string script = """
            ref, cur = data['a'], data['b']
            keys = sorted(set(ref) | set(cur))
            k = len(cur) / len(ref)
            f_exp = [ref.count(x) * k for x in keys]
            f_obs = [cur.count(x) for x in keys]
            print(json.dumps(float(stats.chisquare(f_obs, f_exp)[1])))
            """;
        var expected = ScipyOracle.Run(script, new { a = first, b = second }).GetDouble();

        var actual = ColumnDriftCalculator.Compute(Profiles.Categorical("c", first), Profiles.Categorical("c", second), "feature", DriftTest.ChiSquare).Statistic;

        Assert.True(Math.Abs(expected - actual) < 1e-6, $"{name}: p {actual} vs SciPy {expected}");
    }

    [ScipyTheory]
    [MemberData(nameof(CategoricalPairs))]
    public void JensenShannon_FixedLabels_MatchesScipy(string name, string[] first, string[] second)
    {
        const string script = """
            ref, cur = data['a'], data['b']
            keys = sorted(set(ref) | set(cur))
            p = [ref.count(x) / len(ref) for x in keys]
            q = [cur.count(x) / len(cur) for x in keys]
            print(json.dumps(float(distance.jensenshannon(p, q))))
            """;
        var expected = ScipyOracle.Run(script, new { a = first, b = second }).GetDouble();

        var actual = ColumnDriftCalculator.Compute(Profiles.Categorical("c", first), Profiles.Categorical("c", second), "feature", DriftTest.JensenShannon).Statistic;

        Assert.True(Math.Abs(expected - actual) < 1e-9, $"{name}: {actual} vs SciPy {expected}");
    }

    [ScipyTheory]
    [MemberData(nameof(NumericPairs))]
    public void BinnedDistances_FixedVectors_MatchEvidentlyBinningWithNumpy(string name, double[] first, double[] second)
    {
        const string script = """
            ref, cur = np.array(data['a']), np.array(data['b'])
            if len(np.unique(ref)) > 30:
                bins = np.histogram_bin_edges(np.concatenate([ref, cur]), bins='sturges')
                p = np.histogram(ref, bins)[0] / len(ref)
                q = np.histogram(cur, bins)[0] / len(cur)
            else:
                keys = sorted(set(ref) | set(cur))
                p = np.array([np.sum(ref == k) for k in keys]) / len(ref)
                q = np.array([np.sum(cur == k) for k in keys]) / len(cur)
            def fill(x):
                m = min(x[x != 0])
                x = x.copy(); np.place(x, x == 0, m / 10**6 if m <= 0.0001 else 0.0001); return x
            pf, qf = fill(p), fill(q)
            print(json.dumps([float(distance.jensenshannon(p, q)), float(np.sum((pf - qf) * np.log(pf / qf))), float(stats.entropy(pf, qf)),
                              float(np.sqrt(np.sum((np.sqrt(p) - np.sqrt(q)) ** 2) / 2))]))
            """;
        var expected = ScipyOracle.Run(script, new { a = first, b = second });
        var tests = new[] { DriftTest.JensenShannon, DriftTest.Psi, DriftTest.KlDiv, DriftTest.Hellinger };

        for (var i = 0; i < tests.Length; i++)
        {
            var actual = ColumnDriftCalculator.Compute(Profiles.Numeric("x", first), Profiles.Numeric("x", second), "feature", tests[i]).Statistic;
            Assert.True(Math.Abs(expected[i].GetDouble() - actual) < 1e-6 * Math.Max(1, Math.Abs(actual)), $"{name} {tests[i]}: {actual} vs {expected[i].GetDouble()}");
        }
    }

    [ScipyTheory]
    [MemberData(nameof(CategoricalPairs))]
    public void ZTest_TwoLabelColumns_MatchesNormalTail(string name, string[] first, string[] second)
    {
        const string script = """
            ref, cur = data['a'], data['b']
            t = sorted(set(ref) | set(cur))[0]
            n1, n2 = len(ref), len(cur)
            p1 = sum(1 for x in ref if x != t) / n1; p2 = sum(1 for x in cur if x != t) / n2
            P = (p1 * n1 + p2 * n2) / (n1 + n2)
            z = (p1 - p2) / np.sqrt(P * (1 - P) * (1 / n1 + 1 / n2))
            print(json.dumps(float(2 * (1 - stats.norm.cdf(abs(z))))))
            """;
        var expected = ScipyOracle.Run(script, new { a = first, b = second }).GetDouble();

        var actual = ColumnDriftCalculator.Compute(Profiles.Categorical("c", first), Profiles.Categorical("c", second), "feature", DriftTest.ZTest).Statistic;

        Assert.True(Math.Abs(expected - actual) < 1e-6, $"{name}: p {actual} vs SciPy {expected}");
    }

    private static string[] Labels(int seed, int count, params string[] choices)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => choices[random.Next(choices.Length)]).ToArray();
    }
}
