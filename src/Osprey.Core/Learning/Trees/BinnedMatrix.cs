namespace Osprey.Core.Learning.Trees;

/// <summary>A feature matrix turned into byte bins, stored row by row so one row's bins share a cache line.</summary>
internal sealed class BinnedMatrix
{
    private const int RowBlock = 8192;

    private BinnedMatrix(BinLayout layout, byte[] bins, byte[][] columns, int rows)
    {
        Layout = layout;
        Bins = bins;
        Columns = columns;
        RowCount = rows;
    }

    public BinLayout Layout { get; }

    /// <summary>Gets the bins: row r's bin of feature f is at r * FeatureCount + f.</summary>
    public byte[] Bins { get; }

    /// <summary>Gets the same bins column by column: partitioning a node reads one feature, and a column fits in cache where rows do not.</summary>
    public byte[][] Columns { get; }

    public int RowCount { get; }

    public int FeatureCount => Layout.FeatureCount;

    public byte Bin(int row, int feature) => Columns[feature][row];

    /// <summary>Bins every value of the matrix with the layout's mappers.</summary>
    public static BinnedMatrix Create(BinLayout layout, FeatureMatrix matrix, ParallelOptions parallel)
    {
        var features = layout.FeatureCount;
        var rows = matrix.RowCount;
        var bins = new byte[(long)rows * features];
        var columns = new byte[features][];
        for (var f = 0; f < features; f++)
        {
            columns[f] = new byte[rows];
        }
        var blocks = (rows + RowBlock - 1) / RowBlock;
        Parallel.For(0, blocks, parallel, block =>
        {
            var start = block * RowBlock;
            var end = Math.Min(rows, start + RowBlock);
            for (var f = 0; f < features; f++)
            {
                var mapper = layout.Mappers[f];
                var column = matrix.Column(f);
                var binned = columns[f];
                for (var r = start; r < end; r++)
                {
                    binned[r] = bins[(long)r * features + f] = mapper.Bin(column[r]);
                }
            }
        });
        return new BinnedMatrix(layout, bins, columns, rows);
    }
}
