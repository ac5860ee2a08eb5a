namespace Osprey.Core.Tests.Monitoring.Drift;

/// <summary>Deterministic sample vectors for comparisons with SciPy: normal-ish, shifted, heavily tied and tiny.</summary>
internal static class TestVectors
{
    /// <summary>Returns <paramref name="count"/> values from a seeded generator: a sum of uniforms scaled and shifted, rounded to <paramref name="decimals"/> (few decimals make ties).</summary>
    public static double[] Normalish(int seed, int count, double shift = 0, double scale = 1, int decimals = 6)
    {
        var random = new Random(seed);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            var sum = 0.0;
            for (var k = 0; k < 6; k++)
            {
                sum += random.NextDouble();
            }
            values[i] = Math.Round(shift + scale * (sum - 3) * Math.Sqrt(2), decimals);
        }
        return values;
    }
}
