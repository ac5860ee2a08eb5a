namespace Osprey.Core.Learning.Linear;

/// <summary>Limited-memory BFGS with a backtracking (Armijo) line search, for smooth convex objectives.</summary>
internal static class Lbfgs
{
    /// <summary>Minimises <paramref name="objective"/> (returns the value and writes the gradient) from <paramref name="start"/>; returns the point and the iterations used.</summary>
    public static (double[] Point, int Iterations) Minimize(Func<double[], double[], double> objective, double[] start, int maxIterations, double tolerance, int memory = 10, CancellationToken ct = default)
    {
        var n = start.Length;
        var x = (double[])start.Clone();
        var g = new double[n];
        var value = objective(x, g);
        var history = new List<(double[] S, double[] Y, double Rho)>();
        var direction = new double[n];
        var candidate = new double[n];
        var candidateGradient = new double[n];
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            ct.ThrowIfCancellationRequested();
            if (MaxAbs(g) <= tolerance)
            {
                return (x, iteration - 1);
            }
            TwoLoop(g, history, direction);
            var slope = Dot(direction, g);
            if (slope >= 0)
            {
                // The curvature pairs went stale; restart from steepest descent.
                history.Clear();
                for (var i = 0; i < n; i++)
                {
                    direction[i] = -g[i];
                }
                slope = Dot(direction, g);
            }
            var step = history.Count == 0 ? Math.Min(1.0, 1.0 / Math.Max(MaxAbs(g), 1e-12)) : 1.0;
            double next;
            while (true)
            {
                for (var i = 0; i < n; i++)
                {
                    candidate[i] = x[i] + step * direction[i];
                }
                next = objective(candidate, candidateGradient);
                if (next <= value + 1e-4 * step * slope || step < 1e-12)
                {
                    break;
                }
                step *= 0.5;
            }
            var s = new double[n];
            var y = new double[n];
            for (var i = 0; i < n; i++)
            {
                s[i] = candidate[i] - x[i];
                y[i] = candidateGradient[i] - g[i];
            }
            var sy = Dot(s, y);
            if (sy > 1e-12)
            {
                history.Add((s, y, 1 / sy));
                if (history.Count > memory)
                {
                    history.RemoveAt(0);
                }
            }
            var improvement = value - next;
            (x, candidate) = (candidate, x);
            (g, candidateGradient) = (candidateGradient, g);
            value = next;
            if (improvement <= 1e-12 * Math.Max(1, Math.Abs(value)))
            {
                return (x, iteration);
            }
        }
        return (x, maxIterations);
    }

    private static void TwoLoop(double[] gradient, List<(double[] S, double[] Y, double Rho)> history, double[] direction)
    {
        var q = (double[])gradient.Clone();
        var alpha = new double[history.Count];
        for (var i = history.Count - 1; i >= 0; i--)
        {
            alpha[i] = history[i].Rho * Dot(history[i].S, q);
            Axpy(-alpha[i], history[i].Y, q);
        }
        var gamma = history.Count == 0 ? 1 : Dot(history[^1].S, history[^1].Y) / Dot(history[^1].Y, history[^1].Y);
        for (var i = 0; i < q.Length; i++)
        {
            q[i] *= gamma;
        }
        for (var i = 0; i < history.Count; i++)
        {
            var beta = history[i].Rho * Dot(history[i].Y, q);
            Axpy(alpha[i] - beta, history[i].S, q);
        }
        for (var i = 0; i < q.Length; i++)
        {
            direction[i] = -q[i];
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    private static double MaxAbs(double[] values)
    {
        var max = 0.0;
        foreach (var v in values)
        {
            max = Math.Max(max, Math.Abs(v));
        }
        return max;
    }
}
