using System.Runtime.InteropServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>A tree ensemble laid out for fast scoring: perfect heaps when the trees are shallow, linked nodes otherwise.</summary>
internal sealed class CompiledForest
{
    private readonly PerfectForest? _perfect;
    private readonly LinkedForest? _linked;
    private readonly BitSlicedForest? _sliced;
    private readonly int[] _outputs;
    private readonly double[] _baseScores;
    private readonly bool _single;
    private readonly StepKind _step;

    public CompiledForest(TreeEnsemble ensemble, IReadOnlyList<FeatureInfo> features)
    {
        var featureCount = features.Count;
        Row = new ScoringRow(features.Select(f => f.Kind == FeatureKind.Categorical ? Math.Max(f.CategoryCount, 1) : 0).ToArray());
        foreach (var tree in ensemble.Trees)
        {
            foreach (var node in tree.Nodes)
            {
                if (!node.IsLeaf && node.Feature >= featureCount)
                {
                    throw OspreyException.Invalid($"A tree splits on feature {node.Feature}, but the model has only {featureCount} features.");
                }
            }
        }
        var depth = ensemble.Trees.Count == 0 ? 0 : ensemble.Trees.Max(t => t.Depth());
        if (depth <= PerfectForest.MaxDepth)
        {
            _perfect = new PerfectForest(ensemble.Trees, depth, Row);
            _sliced = BitSlicedForest.TryCreate(_perfect, Row);
        }
        else
        {
            _linked = new LinkedForest(ensemble.Trees, Row);
        }
        _outputs = ensemble.TreeOutputs.ToArray();
        _baseScores = ensemble.BaseScores.ToArray();
        _single = ensemble.SinglePrecisionSums;
        var categorical = _perfect?.HasCategorical ?? _linked!.HasCategorical;
        _step = !categorical ? StepKind.Numeric : Row.NarrowSets ? StepKind.Narrow : StepKind.Wide;
        TreeCount = _outputs.Length;
    }

    public int TreeCount { get; }

    /// <summary>Gets the row layout that <see cref="ScoreBlock"/> expects.</summary>
    public ScoringRow Row { get; }

    public int OutputCount => _baseScores.Length;

    /// <summary>Gets whether <see cref="ScoreColumns"/> is available (shallow trees on AVX-512 hardware); otherwise use <see cref="ScoreBlock"/>.</summary>
    public bool ScoresColumns => _sliced is not null;

    /// <summary>
    /// Writes the margins (rows × outputs) of up to 64 rows of raw feature columns starting at <paramref name="start"/>;
    /// <paramref name="block"/> is scratch space of <see cref="ColumnBlockLength"/> bytes. Gives the same sums as <see cref="ScoreBlock"/>.
    /// </summary>
    public void ScoreColumns(FeatureMatrix features, int start, int rows, byte[] block, Span<double> margins)
    {
        const int stride = BitSlicedForest.BlockRows;
        var ranks = _sliced!.Ranks;
        var count = Row.FeatureCount;
        for (var f = 0; f < count; f++)
        {
            ranks.Write(f, features.Column(f).Slice(start, rows), block.AsSpan(f * stride, rows), block.AsSpan((count + f) * stride, rows));
        }
        var outputs = OutputCount;
        for (var r = 0; r < BitSlicedForest.BlockRows; r++)
        {
            _baseScores.CopyTo(margins.Slice(r * outputs, outputs));
        }
        _sliced.ScoreBlock(block, margins, outputs, _outputs, _single);
    }

    /// <summary>Gets the scratch length <see cref="ScoreColumns"/> needs.</summary>
    public int ColumnBlockLength => Row.Width * BitSlicedForest.BlockRows;

    /// <summary>Writes one row's margins; allocates nothing.</summary>
    public void ScoreRow(ReadOnlySpan<float> features, Span<double> margins)
    {
        Span<float> row = stackalloc float[Row.Width];
        Row.Write(features, row);
        _baseScores.CopyTo(margins);
        ref var first = ref MemoryMarshal.GetReference(row);
        switch (_step)
        {
            case StepKind.Numeric:
                SumTrees<NumericStep>(ref first, margins);
                break;
            case StepKind.Narrow:
                SumTrees<NarrowSetStep>(ref first, margins);
                break;
            default:
                SumTrees<WideSetStep>(ref first, margins);
                break;
        }
    }

    /// <summary>Writes the margins (rows × outputs) of a block of rows already in <see cref="Row"/> form, one tree at a time so each tree stays in cache.</summary>
    public void ScoreBlock(float[] block, int rows, Span<double> margins)
    {
        var outputs = OutputCount;
        for (var r = 0; r < rows; r++)
        {
            _baseScores.CopyTo(margins.Slice(r * outputs, outputs));
        }
        switch (_step)
        {
            case StepKind.Numeric:
                SumBlock<NumericStep>(block, rows, margins);
                break;
            case StepKind.Narrow:
                SumBlock<NarrowSetStep>(block, rows, margins);
                break;
            default:
                SumBlock<WideSetStep>(block, rows, margins);
                break;
        }
    }

    private void SumTrees<TStep>(ref float row, Span<double> margins)
        where TStep : struct, INodeStep
    {
        var t = 0;
        if (_perfect is not null && !_single && OutputCount == 1)
        {
            // With one output every tree adds to the same margin, so eight trees' leaves can be summed before adding.
            for (; t + 8 <= TreeCount; t += 8)
            {
                margins[0] += _perfect.Score8<TStep>(t, ref row);
            }
        }
        for (; t < TreeCount; t++)
        {
            var sum = margins[_outputs[t]] + (_perfect is not null ? _perfect.Score<TStep>(t, ref row) : _linked!.Score<TStep>(t, ref row));
            margins[_outputs[t]] = _single ? (float)sum : sum;
        }
    }

    private void SumBlock<TStep>(float[] block, int rows, Span<double> margins)
        where TStep : struct, INodeStep
    {
        var width = Row.Width;
        Span<double> first = stackalloc double[rows];
        Span<double> second = stackalloc double[rows];
        ref var data = ref MemoryArrays.First(block);
        var t = 0;
        if (_perfect is not null)
        {
            for (; t + 2 <= TreeCount; t += 2)
            {
                _perfect.ScoreBlockPair<TStep>(t, ref data, rows, width, first, second);
                AddTree(margins, rows, t, first);
                AddTree(margins, rows, t + 1, second);
            }
        }
        for (; t < TreeCount; t++)
        {
            if (_perfect is not null)
            {
                _perfect.ScoreBlock<TStep>(t, ref data, rows, width, first);
            }
            else
            {
                for (var r = 0; r < rows; r++)
                {
                    first[r] = _linked!.Score<TStep>(t, ref MemoryArrays.At(ref data, r * width));
                }
            }
            AddTree(margins, rows, t, first);
        }
    }

    private void AddTree(Span<double> margins, int rows, int tree, Span<double> values)
    {
        var outputs = OutputCount;
        var output = _outputs[tree];
        for (var r = 0; r < rows; r++)
        {
            var sum = margins[r * outputs + output] + values[r];
            margins[r * outputs + output] = _single ? (float)sum : sum;
        }
    }

    private enum StepKind
    {
        Numeric,
        Narrow,
        Wide,
    }
}
