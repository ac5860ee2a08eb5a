namespace Osprey.Core.Learning;

/// <summary>Learner input: one float column per feature (NaN is missing), all of the same length.</summary>
public sealed class FeatureMatrix
{
    private readonly float[][] _columns;

    /// <summary>Creates a matrix over the given columns (owned by the matrix from now on); throws when lengths or counts disagree.</summary>
    public FeatureMatrix(IReadOnlyList<FeatureInfo> features, float[][] columns)
    {
        if (features.Count != columns.Length)
        {
            throw OspreyException.Invalid($"There are {features.Count} feature descriptions but {columns.Length} feature columns.");
        }
        Features = features;
        _columns = columns;
        RowCount = columns.Length == 0 ? 0 : columns[0].Length;
        for (var f = 0; f < columns.Length; f++)
        {
            if (columns[f].Length != RowCount)
            {
                throw OspreyException.Invalid($"Feature '{features[f].Name}' has {columns[f].Length} rows but the first feature has {RowCount}.");
            }
        }
    }

    /// <summary>Gets the features in column order.</summary>
    public IReadOnlyList<FeatureInfo> Features { get; }

    /// <summary>Gets the number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Gets the number of features.</summary>
    public int FeatureCount => _columns.Length;

    /// <summary>Returns the values of one feature.</summary>
    public ReadOnlySpan<float> Column(int feature) => _columns[feature];

    internal float[] ColumnArray(int feature) => _columns[feature];

    /// <summary>Copies one row's features into <paramref name="destination"/>.</summary>
    public void CopyRow(int row, Span<float> destination)
    {
        for (var f = 0; f < _columns.Length; f++)
        {
            destination[f] = _columns[f][row];
        }
    }

    /// <summary>Returns a new matrix holding the given rows in the given order.</summary>
    public FeatureMatrix Take(ReadOnlySpan<int> rows)
    {
        var columns = new float[_columns.Length][];
        for (var f = 0; f < columns.Length; f++)
        {
            var source = _columns[f];
            var column = columns[f] = new float[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                column[i] = source[rows[i]];
            }
        }
        return new FeatureMatrix(Features, columns);
    }

    /// <summary>Returns a copy whose one feature column is replaced (used by permutation importance).</summary>
    public FeatureMatrix WithColumn(int feature, float[] values)
    {
        var columns = (float[][])_columns.Clone();
        columns[feature] = values;
        return new FeatureMatrix(Features, columns);
    }
}
