using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Boosting;

/// <summary>Running margins of the validation rows, updated tree by tree on binned data, and their loss.</summary>
internal sealed class ValidationScores
{
    private readonly BinnedMatrix _data;
    private readonly TrainingSet _set;
    private readonly IObjective _objective;
    private readonly ParallelOptions _parallel;
    private readonly double[] _margins;

    public ValidationScores(BinnedMatrix data, TrainingSet set, IObjective objective, double[] baseScores, ParallelOptions parallel)
    {
        _data = data;
        _set = set;
        _objective = objective;
        _parallel = parallel;
        _margins = new double[data.RowCount * objective.OutputCount];
        for (var i = 0; i < _margins.Length; i++)
        {
            _margins[i] = baseScores[i % objective.OutputCount];
        }
    }

    /// <summary>Adds one iteration's trees (tree k adds to output k).</summary>
    public void Add(GrownTree[] trees)
    {
        var outputs = _objective.OutputCount;
        Parallel.For(0, LogisticObjective.BlockCount(_data.RowCount), _parallel, block =>
        {
            var (start, end) = LogisticObjective.Block(block, _data.RowCount);
            for (var row = start; row < end; row++)
            {
                for (var k = 0; k < trees.Length; k++)
                {
                    _margins[row * outputs + k] += trees[k].PredictBinned(_data, row);
                }
            }
        });
    }

    public double Loss() => _objective.Loss(_margins, _set.Labels, _set.Weights);
}
