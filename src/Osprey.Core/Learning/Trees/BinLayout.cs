using Osprey.Core.Data;

namespace Osprey.Core.Learning.Trees;

/// <summary>The bin mappers of all features and where each feature's bins start in a histogram.</summary>
internal sealed class BinLayout
{
    public BinLayout(BinMapper[] mappers)
    {
        Mappers = mappers;
        Offsets = new int[mappers.Length];
        var total = 0;
        for (var f = 0; f < mappers.Length; f++)
        {
            Offsets[f] = total;
            total += mappers[f].BinCount;
        }
        TotalBins = total;
    }

    public BinMapper[] Mappers { get; }

    /// <summary>Gets the first histogram slot of each feature.</summary>
    public int[] Offsets { get; }

    /// <summary>Gets the number of histogram slots over all features.</summary>
    public int TotalBins { get; }

    public int FeatureCount => Mappers.Length;

    /// <summary>Fits one mapper per feature from at most <paramref name="sampleRows"/> rows chosen with the seed.</summary>
    public static BinLayout Fit(FeatureMatrix matrix, int maxBins, int sampleRows, long seed, ParallelOptions parallel)
    {
        var sample = SampleRows(matrix.RowCount, sampleRows, seed);
        var mappers = new BinMapper[matrix.FeatureCount];
        Parallel.For(0, matrix.FeatureCount, parallel, f =>
        {
            var column = matrix.Column(f);
            var info = matrix.Features[f];
            if (info.Kind == FeatureKind.Categorical)
            {
                mappers[f] = BinMapper.FitCategorical(column, info.CategoryCount, maxBins);
                return;
            }
            var values = new float[sample?.Length ?? column.Length];
            var count = 0;
            for (var i = 0; i < values.Length; i++)
            {
                var value = column[sample is null ? i : sample[i]];
                if (!float.IsNaN(value))
                {
                    values[count++] = value;
                }
            }
            Array.Sort(values, 0, count);
            mappers[f] = BinMapper.FitNumeric(values.AsSpan(0, count), maxBins);
        });
        return new BinLayout(mappers);
    }

    private static int[]? SampleRows(int rows, int sampleRows, long seed)
    {
        if (rows <= sampleRows)
        {
            return null;
        }
        var all = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            all[i] = i;
        }
        var random = new SeededRandom(seed);
        // A partial Fisher-Yates draws the sample without replacement in O(sampleRows).
        for (var i = 0; i < sampleRows; i++)
        {
            var j = i + random.NextInt(rows - i);
            (all[i], all[j]) = (all[j], all[i]);
        }
        var sample = all[..sampleRows];
        Array.Sort(sample);
        return sample;
    }
}
