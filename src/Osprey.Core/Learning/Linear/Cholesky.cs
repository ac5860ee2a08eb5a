namespace Osprey.Core.Learning.Linear;

/// <summary>Solves a symmetric positive-definite system A x = b by Cholesky factorisation.</summary>
internal static class Cholesky
{
    public static double[] Solve(double[] matrix, double[] rhs, int size)
    {
        var l = new double[size * size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[i * size + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i * size + k] * l[j * size + k];
                }
                if (i == j)
                {
                    // A column that never varies has no information; a tiny pivot keeps its weight at 0 instead of failing.
                    l[i * size + i] = Math.Sqrt(Math.Max(sum, 1e-12));
                }
                else
                {
                    l[i * size + j] = sum / l[j * size + j];
                }
            }
        }
        var y = new double[size];
        for (var i = 0; i < size; i++)
        {
            var sum = rhs[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i * size + k] * y[k];
            }
            y[i] = sum / l[i * size + i];
        }
        var x = new double[size];
        for (var i = size - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < size; k++)
            {
                sum -= l[k * size + i] * x[k];
            }
            x[i] = sum / l[i * size + i];
        }
        return x;
    }
}
