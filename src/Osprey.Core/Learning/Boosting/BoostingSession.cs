using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Boosting;

/// <summary>The state of one boosting run: training margins, gradient buffers, the tree grower and the trees so far.</summary>
internal sealed class BoostingSession
{
    private readonly BinnedMatrix _data;
    private readonly double[] _labels;
    private readonly double[] _weights;
    private readonly IObjective _objective;
    private readonly GbdtOptions _options;
    private readonly ParallelOptions _parallel;
    private readonly TreeGrower _grower;
    private readonly double[] _margins;
    private readonly double[][] _gradients;
    private readonly int[] _usableFeatures;
    private readonly List<DecisionTree> _trees = [];
    private readonly List<int> _treeOutputs = [];
    private int[]? _sample;
    private byte[]? _inSample;

    public BoostingSession(BinnedMatrix data, double[] labels, double[] weights, IObjective objective, GbdtOptions options, ParallelOptions parallel, int threads)
    {
        _data = data;
        _labels = labels;
        _weights = weights;
        _objective = objective;
        _options = options;
        _parallel = parallel;
        _grower = new TreeGrower(data, options.ToTreeOptions(), parallel, threads);
        BaseScores = objective.InitialScores(labels, weights);
        var outputs = objective.OutputCount;
        _margins = new double[data.RowCount * outputs];
        for (var i = 0; i < _margins.Length; i++)
        {
            _margins[i] = BaseScores[i % outputs];
        }
        _gradients = Enumerable.Range(0, outputs).Select(_ => new double[2 * data.RowCount]).ToArray();
        _usableFeatures = Enumerable.Range(0, data.FeatureCount)
            .Where(f => data.Layout.Mappers[f].ValueBins > 1 || data.Layout.Mappers[f].Kind == FeatureKind.Categorical).ToArray();
    }

    public double[] BaseScores { get; }

    /// <summary>Runs one iteration: gradients, sampling, one tree per output, margin updates; returns the new trees.</summary>
    public GrownTree[] Iterate(int iteration)
    {
        _objective.Gradients(_margins, _labels, _weights, _gradients, _parallel);
        var random = GbdtTrainer.RandomFor(_options.Seed, iteration);
        var sampleCount = DrawSample(random);
        var features = TreeFeatures(random);
        var trees = new GrownTree[_objective.OutputCount];
        for (var output = 0; output < trees.Length; output++)
        {
            var tree = trees[output] = _grower.Grow(_gradients[output], _sample, sampleCount, features, _options.LearningRate, random);
            UpdateMargins(tree, output);
            _trees.Add(tree.Tree);
            _treeOutputs.Add(output);
        }
        return trees;
    }

    public TreeEnsemble ToEnsemble() => new(_trees.ToArray(), _treeOutputs.ToArray(), BaseScores, _objective.Transform);

    private int DrawSample(Data.SeededRandom random)
    {
        if (_options.Subsample >= 1 || _usableFeatures.Length == 0)
        {
            return _data.RowCount;
        }
        _sample ??= new int[_data.RowCount];
        _inSample ??= new byte[_data.RowCount];
        var count = 0;
        for (var row = 0; row < _data.RowCount; row++)
        {
            var keep = random.NextDouble() < _options.Subsample;
            _inSample[row] = keep ? (byte)1 : (byte)0;
            if (keep)
            {
                _sample[count++] = row;
            }
        }
        return count;
    }

    private int[] TreeFeatures(Data.SeededRandom random)
    {
        if (_options.ColumnSampleByTree >= 1 || _usableFeatures.Length <= 1)
        {
            return _usableFeatures;
        }
        var take = Math.Max(1, (int)Math.Round(_usableFeatures.Length * _options.ColumnSampleByTree));
        var shuffled = (int[])_usableFeatures.Clone();
        random.Shuffle(shuffled.AsSpan());
        var chosen = shuffled[..take];
        Array.Sort(chosen);
        return chosen;
    }

    private void UpdateMargins(GrownTree tree, int output)
    {
        var outputs = _objective.OutputCount;
        foreach (var leaf in tree.Leaves)
        {
            var rows = _grower.Partition.Rows(leaf.Buffer);
            for (var i = leaf.Begin; i < leaf.End; i++)
            {
                _margins[rows[i] * outputs + output] += leaf.Value;
            }
        }
        if (_inSample is null || _options.Subsample >= 1)
        {
            return;
        }
        Parallel.For(0, LogisticObjective.BlockCount(_data.RowCount), _parallel, block =>
        {
            var (start, end) = LogisticObjective.Block(block, _data.RowCount);
            for (var row = start; row < end; row++)
            {
                if (_inSample[row] == 0)
                {
                    _margins[row * outputs + output] += tree.PredictBinned(_data, row);
                }
            }
        });
    }
}
