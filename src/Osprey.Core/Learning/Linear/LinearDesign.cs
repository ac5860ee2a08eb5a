namespace Osprey.Core.Learning.Linear;

/// <summary>Training rows in design form without materialising one-hot columns: standardised numeric columns plus the active indicator of each categorical feature.</summary>
internal sealed class LinearDesign
{
    private const int Block = 8192;
    private readonly double[][] _numeric;
    private readonly int[] _numericColumn;
    private readonly int[][] _indicators;
    private readonly ParallelOptions _parallel;

    public LinearDesign(FeatureMatrix x, LinearLayout layout, ParallelOptions parallel)
    {
        _parallel = parallel;
        var (offsets, width) = layout.Columns();
        Width = width;
        Rows = x.RowCount;
        var numeric = new List<double[]>();
        var numericColumn = new List<int>();
        var indicators = new List<int[]>();
        for (var f = 0; f < x.FeatureCount; f++)
        {
            var column = x.Column(f);
            if (x.Features[f].Kind == FeatureKind.Categorical)
            {
                var active = new int[Rows];
                for (var r = 0; r < Rows; r++)
                {
                    var category = layout.CategoryOf(f, column[r]);
                    active[r] = category < 0 ? -1 : offsets[f] + category;
                }
                indicators.Add(active);
                continue;
            }
            var values = new double[Rows];
            for (var r = 0; r < Rows; r++)
            {
                values[r] = layout.Standardize(f, column[r]);
            }
            numeric.Add(values);
            numericColumn.Add(offsets[f]);
        }
        _numeric = numeric.ToArray();
        _numericColumn = numericColumn.ToArray();
        _indicators = indicators.ToArray();
    }

    public int Width { get; }

    public int Rows { get; }

    /// <summary>Writes z[r*K+k] = intercept_k + row r · weights_k; parameters hold K rows of Width weights, then K intercepts.</summary>
    public void Margins(double[] parameters, int outputs, double[] margins)
    {
        Parallel.For(0, (Rows + Block - 1) / Block, _parallel, block =>
        {
            var end = Math.Min(Rows, (block + 1) * Block);
            for (var r = block * Block; r < end; r++)
            {
                for (var k = 0; k < outputs; k++)
                {
                    var w = k * Width;
                    var z = parameters[outputs * Width + k];
                    for (var j = 0; j < _numeric.Length; j++)
                    {
                        z += parameters[w + _numericColumn[j]] * _numeric[j][r];
                    }
                    foreach (var active in _indicators)
                    {
                        z += active[r] < 0 ? 0 : parameters[w + active[r]];
                    }
                    margins[r * outputs + k] = z;
                }
            }
        });
    }

    /// <summary>Writes into <paramref name="gradient"/> (same shape as the parameters) the sum over rows of residual × design row; the sum order is fixed.</summary>
    public void Gradient(double[] residuals, int outputs, double[] gradient)
    {
        var blocks = (Rows + Block - 1) / Block;
        var partial = new double[blocks][];
        Parallel.For(0, blocks, _parallel, block =>
        {
            var sums = partial[block] = new double[gradient.Length];
            var end = Math.Min(Rows, (block + 1) * Block);
            for (var r = block * Block; r < end; r++)
            {
                for (var k = 0; k < outputs; k++)
                {
                    var residual = residuals[r * outputs + k];
                    var w = k * Width;
                    for (var j = 0; j < _numeric.Length; j++)
                    {
                        sums[w + _numericColumn[j]] += residual * _numeric[j][r];
                    }
                    foreach (var active in _indicators)
                    {
                        if (active[r] >= 0)
                        {
                            sums[w + active[r]] += residual;
                        }
                    }
                    sums[outputs * Width + k] += residual;
                }
            }
        });
        Array.Clear(gradient);
        foreach (var sums in partial)
        {
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] += sums[i];
            }
        }
    }

    /// <summary>Adds w_r × (design row with a trailing 1) outer products into <paramref name="gram"/> ((Width+1)², row-major) and w_r y_r × row into <paramref name="moment"/>.</summary>
    public void NormalEquations(double[] targets, double[] weights, double[] gram, double[] moment)
    {
        var size = Width + 1;
        Span<int> index = stackalloc int[_numeric.Length + _indicators.Length + 1];
        Span<double> value = stackalloc double[index.Length];
        for (var r = 0; r < Rows; r++)
        {
            var count = 0;
            for (var j = 0; j < _numeric.Length; j++)
            {
                (index[count], value[count]) = (_numericColumn[j], _numeric[j][r]);
                count++;
            }
            foreach (var active in _indicators)
            {
                if (active[r] >= 0)
                {
                    (index[count], value[count]) = (active[r], 1.0);
                    count++;
                }
            }
            (index[count], value[count]) = (Width, 1.0);
            count++;
            for (var a = 0; a < count; a++)
            {
                var scaled = weights[r] * value[a];
                moment[index[a]] += scaled * targets[r];
                for (var b = 0; b < count; b++)
                {
                    gram[index[a] * size + index[b]] += scaled * value[b];
                }
            }
        }
    }
}
