namespace Osprey.Core.Learning.Trees;

/// <summary>A feature matrix turned into byte bins, stored row by row with the row length padded to 8 bytes, so a row is one cache line and moves as whole words.</summary>
internal sealed class BinnedMatrix
{
    private const int RowBlock = 8192;

    private BinnedMatrix(BinLayout layout, byte[] bins, int rows, int stride)
    {
        Layout = layout;
        Bins = bins;
        RowCount = rows;
        Stride = stride;
    }

    public BinLayout Layout { get; }

    /// <summary>Gets the bins: row r's bin of feature f is at r * <see cref="Stride"/> + f.</summary>
    public byte[] Bins { get; }

    public int RowCount { get; }

    /// <summary>Gets the bytes per row: the feature count rounded up to a multiple of 8.</summary>
    public int Stride { get; }

    public int FeatureCount => Layout.FeatureCount;

    public byte Bin(int row, int feature) => Bins[(long)row * Stride + feature];

    /// <summary>Returns the padded row length for a feature count.</summary>
    public static int StrideFor(int features) => (features + 7) / 8 * 8;

    /// <summary>Bins every value of the matrix with the layout's mappers.</summary>
    public static BinnedMatrix Create(BinLayout layout, FeatureMatrix matrix, ParallelOptions parallel)
    {
        var features = layout.FeatureCount;
        var stride = StrideFor(features);
        var rows = matrix.RowCount;
        var bins = new byte[(long)rows * stride];
        var blocks = (rows + RowBlock - 1) / RowBlock;
        Parallel.For(0, blocks, parallel, block =>
        {
            var start = block * RowBlock;
            var end = Math.Min(rows, start + RowBlock);
            for (var f = 0; f < features; f++)
            {
                var mapper = layout.Mappers[f];
                var column = matrix.Column(f);
                for (var r = start; r < end; r++)
                {
                    bins[(long)r * stride + f] = mapper.Bin(column[r]);
                }
            }
        });
        return new BinnedMatrix(layout, bins, rows, stride);
    }
}
