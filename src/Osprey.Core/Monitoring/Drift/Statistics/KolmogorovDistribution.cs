using System.Runtime.CompilerServices;

namespace Osprey.Core.Monitoring.Drift.Statistics;

/// <summary>
/// The survival function of the two-sided one-sample Kolmogorov–Smirnov statistic D_n, choosing among exact and
/// approximate methods by (n, x) the way Simard and L'Ecuyer (2011) recommend and SciPy's <c>kstwo.sf</c> does:
/// Ruben–Gambino at the ends, twice the one-sided Smirnov tail for large n·x², the Durbin matrix and the Pelz–Good expansion between.
/// </summary>
public static class KolmogorovDistribution
{
    /// <summary>Returns P(D_n ≥ x).</summary>
    public static double Survival(int n, double x)
    {
        if (x >= 1)
        {
            return 0;
        }
        if (x <= 0)
        {
            return 1;
        }
        var t = n * x;
        if (t <= 1)
        {
            return t <= 0.5 ? 1 : Clip(1 - RubenGambinoLow(n, t));
        }
        if (t >= n - 1)
        {
            return Clip(2 * Math.Pow(1 - x, n));
        }
        if (x >= 0.5)
        {
            return Clip(2 * SmirnovTail(n, x));
        }
        var nx2 = t * x;
        if (n <= 140)
        {
            return nx2 <= 4 ? Clip(1 - DurbinCdf(n, x)) : Clip(2 * SmirnovTail(n, x));
        }
        if (nx2 >= 370)
        {
            return 0;
        }
        if (nx2 >= 2.2)
        {
            return Clip(2 * SmirnovTail(n, x));
        }
        var cdf = n <= 100_000 && n * Math.Pow(x, 1.5) <= 1.4 ? DurbinCdf(n, x) : PelzGoodCdf(n, x);
        return Clip(1 - cdf);
    }

    /// <summary>Returns P(D_n⁺ ≥ x), the one-sided Smirnov tail, by the Birnbaum–Tingey sum evaluated in logarithms.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double SmirnovTail(int n, double x)
    {
        if (x <= 0)
        {
            return 1;
        }
        if (x >= 1)
        {
            return 0;
        }
        var last = (int)Math.Floor(n * (1 - x));
        var logFactorialN = SpecialFunctions.LogGamma(n + 1.0);
        var sum = 0.0;
        for (var j = 0; j <= last; j++)
        {
            var a = 1 - x - (double)j / n;
            var b = x + (double)j / n;
            if (a <= 0)
            {
                continue;
            }
            var logTerm = logFactorialN - SpecialFunctions.LogGamma(j + 1.0) - SpecialFunctions.LogGamma(n - j + 1.0)
                + (n - j) * Math.Log(a) + (j - 1) * Math.Log(b);
            sum += Math.Exp(logTerm);
        }
        return x * sum;
    }

    // P(D_n <= x) for 1/(2n) < x <= 1/n: n! (2x - 1/n)^n.
    private static double RubenGambinoLow(int n, double t)
    {
        if (n <= 140)
        {
            var product = 1.0;
            for (var i = 1; i <= n; i++)
            {
                product *= i * (1.0 / n) * (2 * t - 1);
            }
            return product;
        }
        return Math.Exp(SpecialFunctions.LogGamma(n + 1.0) - n * Math.Log(n) + n * Math.Log(2 * t - 1));
    }

    private static double Clip(double p) => Math.Clamp(p, 0, 1);

    /// <summary>P(D_n ≤ d) by Durbin's matrix method with Marsaglia–Tsang–Wang scaling (exact up to rounding).</summary>
    internal static double DurbinCdf(int n, double d)
    {
        var nd = n * d;
        if (nd <= 0.5)
        {
            return 0;
        }
        var k = (int)Math.Ceiling(nd);
        var h = k - nd;
        var m = 2 * k - 1;
        var matrix = DurbinMatrix(m, h);
        var (power, exponent) = DurbinPower(matrix, m, n, k);
        var p = power[(k - 1) * m + k - 1];
        for (var i = 1; i <= n; i++)
        {
            p = i * p / n;
            if (Math.Abs(p) < 1e-140)
            {
                p *= Scale;
                exponent -= ScaleExponent;
            }
        }
        return Math.ScaleB(p, exponent);
    }

    private const int ScaleExponent = 128;
    private static readonly double Scale = Math.ScaleB(1.0, ScaleExponent);

    private static double[] DurbinMatrix(int m, double h)
    {
        var v = new double[m];
        var w = new double[m];
        var factorial = 1.0;
        for (var j = 1; j <= m; j++)
        {
            w[j - 1] = factorial;
            factorial /= j;
            v[j - 1] = (1 - Math.Pow(h, j)) * factorial;
        }
        var tail = Math.Pow(Math.Max(2 * h - 1, 0), m) - 2 * Math.Pow(h, m);
        v[m - 1] = (1 + tail) * factorial;
        var matrix = new double[m * m];
        for (var col = 1; col < m; col++)
        {
            for (var row = col - 1; row < m; row++)
            {
                matrix[row * m + col] = w[row - col + 1];
            }
        }
        for (var row = 0; row < m; row++)
        {
            matrix[row * m] = v[row];
        }
        for (var col = 0; col < m; col++)
        {
            matrix[(m - 1) * m + col] = v[m - 1 - col];
        }
        return matrix;
    }

    private static (double[] Power, int Exponent) DurbinPower(double[] matrix, int m, int n, int k)
    {
        var result = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            result[i * m + i] = 1;
        }
        int exponent = 0, matrixExponent = 0;
        for (var remaining = n; remaining > 0; remaining /= 2)
        {
            if (remaining % 2 == 1)
            {
                result = Multiply(result, matrix, m);
                exponent += matrixExponent;
            }
            matrix = Multiply(matrix, matrix, m);
            matrixExponent *= 2;
            if (Math.Abs(matrix[(k - 1) * m + k - 1]) > Scale)
            {
                for (var i = 0; i < matrix.Length; i++)
                {
                    matrix[i] /= Scale;
                }
                matrixExponent += ScaleExponent;
            }
        }
        return (result, exponent);
    }

    private static double[] Multiply(double[] a, double[] b, int m)
    {
        var product = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var l = 0; l < m; l++)
            {
                var factor = a[i * m + l];
                if (factor == 0)
                {
                    continue;
                }
                for (var j = 0; j < m; j++)
                {
                    product[i * m + j] += factor * b[l * m + j];
                }
            }
        }
        return product;
    }

    /// <summary>P(D_n ≤ x) by the Pelz–Good asymptotic expansion (four terms in powers of 1/√n).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double PelzGoodCdf(int n, double x)
    {
        var z = Math.Sqrt(n) * x;
        double z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2;
        const double pi2 = Math.PI * Math.PI, pi4 = pi2 * pi2, pi6 = pi4 * pi2;
        var qlog = -pi2 / 8 / z2;
        if (qlog < -708)
        {
            return 0;
        }
        var q = Math.Exp(qlog);
        double k1a = -z2, k1b = pi2 / 4;
        double k2a = 6 * z6 + 2 * z4, k2b = (2 * z4 - 5 * z2) * pi2 / 4, k2c = pi4 * (1 - 2 * z2) / 16;
        double k3d = pi6 * (5 - 30 * z2) / 64, k3c = pi4 * (-60 * z2 + 212 * z4) / 16, k3b = pi2 * (135 * z4 - 96 * z6) / 4, k3a = -30 * z6 - 90 * Math.Pow(z, 8);
        var terms = new double[4];
        var maxK = (int)Math.Ceiling(16 * z / Math.PI);
        for (var k = maxK; k >= 1; k--)
        {
            double odd = 2 * k - 1, odd2 = odd * odd, odd4 = odd2 * odd2, odd6 = odd4 * odd2;
            var qPower = Math.Pow(q, 8 * k);
            terms[0] = terms[0] * qPower + 1;
            terms[1] = terms[1] * qPower + k1a + k1b * odd2;
            terms[2] = terms[2] * qPower + k2a + k2b * odd2 + k2c * odd4;
            terms[3] = terms[3] * qPower + k3a + k3b * odd2 + k3c * odd4 + k3d * odd6;
        }
        var root2Pi = Math.Sqrt(2 * Math.PI);
        double[] divisors = [z, 6 * z4, 72 * Math.Pow(z, 7), 6480 * Math.Pow(z, 10)];
        for (var i = 0; i < 4; i++)
        {
            terms[i] = terms[i] * q * root2Pi / divisors[i];
        }
        var qAll = Math.Exp(-pi2 / 2 / z2);
        double extra2 = 0, extra3 = 0;
        var root3z = Math.Sqrt(3) * z;
        for (var k = maxK; k >= 1; k--)
        {
            var k2 = (double)k * k;
            var qk = Math.Pow(qAll, k2);
            extra2 += k2 * qk;
            extra3 += (root3z + Math.PI * k) * (root3z - Math.PI * k) * k2 * qk;
        }
        terms[2] += extra2 * pi2 * root2Pi / (-36 * z3);
        terms[3] += extra3 * pi2 * root2Pi / (216 * z6);
        var sum = 0.0;
        for (var i = 0; i < 4; i++)
        {
            sum += terms[i] / Math.Pow(n, i / 2.0);
        }
        return sum;
    }
}
