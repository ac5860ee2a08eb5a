using System.Buffers;
using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning;

/// <summary>Scores a <see cref="TreeEnsemble"/> (boosted trees or a forest) with a compiled layout: allocation-free per row, parallel per batch.</summary>
public sealed class TreeEnsemblePredictor : IPredictor
{
    private const int BlockRows = 256;
    private const int ChunkRows = 2048;
    private readonly CompiledForest _forest;

    /// <summary>Compiles the ensemble; throws <see cref="ErrorCode.InvalidParameter"/> when a split does not fit the described features.</summary>
    public TreeEnsemblePredictor(TreeEnsemble ensemble, LearningTask task, IReadOnlyList<FeatureInfo> features)
    {
        Ensemble = ensemble;
        Task = task;
        Features = features;
        FeatureCount = features.Count;
        _forest = new CompiledForest(ensemble, features);
        OutputCount = task == LearningTask.MulticlassClassification ? ensemble.OutputCount : 1;
    }

    /// <summary>Gets the ensemble being scored.</summary>
    public TreeEnsemble Ensemble { get; }

    /// <summary>Gets the features the ensemble reads.</summary>
    public IReadOnlyList<FeatureInfo> Features { get; }

    /// <inheritdoc />
    public LearningTask Task { get; }

    /// <summary>Gets whether batches are scored 64 rows at a time through the bit-sliced AVX-512 layout.</summary>
    internal bool UsesBitSlicing => _forest.ScoresColumns;

    /// <inheritdoc />
    public int FeatureCount { get; }

    /// <inheritdoc />
    public int OutputCount { get; }

    /// <inheritdoc />
    public void PredictRow(ReadOnlySpan<float> features, Span<double> output)
    {
        if (features.Length < FeatureCount)
        {
            throw OspreyException.Invalid($"A row has {features.Length} features but the model needs {FeatureCount}.");
        }
        Span<double> margins = stackalloc double[_forest.OutputCount];
        _forest.ScoreRow(features, margins);
        TreeEnsemble.ApplyTransform(Ensemble.Transform, margins);
        margins[..OutputCount].CopyTo(output);
    }

    /// <inheritdoc />
    public double[] Predict(FeatureMatrix features)
    {
        if (features.FeatureCount < FeatureCount)
        {
            throw OspreyException.Invalid($"The data has {features.FeatureCount} features but the model needs {FeatureCount}.");
        }
        var rows = features.RowCount;
        var margins = _forest.OutputCount;
        var output = new double[rows * OutputCount];
        if (_forest.ScoresColumns)
        {
            PredictColumns(features, output);
            return output;
        }
        var blocks = (rows + BlockRows - 1) / BlockRows;
        Parallel.For(0, blocks, block =>
        {
            var start = block * BlockRows;
            var count = Math.Min(BlockRows, rows - start);
            var layout = _forest.Row;
            var width = layout.Width;
            var buffer = ArrayPool<float>.Shared.Rent(BlockRows * width);
            var scores = ArrayPool<double>.Shared.Rent(BlockRows * margins);
            try
            {
                for (var f = 0; f < FeatureCount; f++)
                {
                    var column = features.ColumnArray(f);
                    for (var r = 0; r < count; r++)
                    {
                        layout.Write(f, column[start + r], buffer.AsSpan(r * width, width));
                    }
                }
                _forest.ScoreBlock(buffer, count, scores);
                for (var r = 0; r < count; r++)
                {
                    var row = scores.AsSpan(r * margins, margins);
                    TreeEnsemble.ApplyTransform(Ensemble.Transform, row);
                    row[..OutputCount].CopyTo(output.AsSpan((start + r) * OutputCount, OutputCount));
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(buffer);
                ArrayPool<double>.Shared.Return(scores);
            }
        });
        return output;
    }

    private void PredictColumns(FeatureMatrix features, double[] output)
    {
        var rows = features.RowCount;
        var margins = _forest.OutputCount;
        var chunks = (rows + ChunkRows - 1) / ChunkRows;
        Parallel.For(0, chunks, chunk =>
        {
            var block = ArrayPool<byte>.Shared.Rent(_forest.ColumnBlockLength);
            var scores = ArrayPool<double>.Shared.Rent(64 * margins);
            try
            {
                var end = Math.Min(rows, (chunk + 1) * ChunkRows);
                for (var start = chunk * ChunkRows; start < end; start += 64)
                {
                    var count = Math.Min(64, end - start);
                    _forest.ScoreColumns(features, start, count, block, scores);
                    for (var r = 0; r < count; r++)
                    {
                        var row = scores.AsSpan(r * margins, margins);
                        TreeEnsemble.ApplyTransform(Ensemble.Transform, row);
                        row[..OutputCount].CopyTo(output.AsSpan((start + r) * OutputCount, OutputCount));
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(block);
                ArrayPool<double>.Shared.Return(scores);
            }
        });
    }
}
