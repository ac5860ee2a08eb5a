using Osprey.Core.Data;

namespace Osprey.Core.Learning.Trees;

/// <summary>Grows one histogram tree at a time on binned data, depth-wise or leaf-wise, using the histogram subtraction trick.</summary>
internal sealed class TreeGrower
{
    private readonly BinnedMatrix _data;
    private readonly TreeOptions _options;
    private readonly HistogramBuilder _histograms;
    private readonly SplitFinder _finder;
    private readonly Stack<double[]> _pool = new();

    public TreeGrower(BinnedMatrix data, TreeOptions options, ParallelOptions parallel, int threads)
    {
        _data = data;
        _options = options;
        _histograms = new HistogramBuilder(data, parallel, threads);
        _finder = new SplitFinder(data.Layout, options);
        Partition = new RowPartition(data, parallel, threads);
    }

    public RowPartition Partition { get; }

    /// <summary>Grows a tree on interleaved (g, h) pairs over the sampled rows (all rows when null); leaf values are multiplied by <paramref name="leafScale"/>.</summary>
    public GrownTree Grow(double[] gradients, int[]? sample, int sampleCount, int[] features, double leafScale, SeededRandom random)
    {
        var count = Partition.Reset(sample, sampleCount);
        var builder = new TreeBuilder(_data.Layout, _options, leafScale);
        var rootHistogram = Rent();
        _histograms.Build(Partition.Rows, 0, count, gradients, rootHistogram);
        var totals = Totals(rootHistogram, count);
        var root = new GrowingNode(builder.AddLeaf(totals, 0, count), 0, count, 0, totals, rootHistogram);
        Evaluate(root, features, random);
        if (_options.DepthFirst)
        {
            GrowDepthFirst(builder, root, features, random, gradients);
        }
        else if (_options.Growth == GrowthPolicy.DepthWise)
        {
            GrowDepthWise(builder, root, features, random, gradients);
        }
        else
        {
            GrowLeafWise(builder, root, features, random, gradients);
        }
        return builder.Build();
    }

    private void GrowDepthWise(TreeBuilder builder, GrowingNode root, int[] features, SeededRandom random, double[] gradients)
    {
        List<GrowingNode> level = [root];
        while (level.Count > 0)
        {
            List<GrowingNode> next = [];
            foreach (var node in level)
            {
                if (!node.Best.IsValid || !builder.MayAddLeaf)
                {
                    Release(node);
                    continue;
                }
                var (left, right) = Split(builder, node, gradients);
                Evaluate(left, features, random);
                Evaluate(right, features, random);
                next.Add(left);
                next.Add(right);
            }
            level = next;
        }
    }

    private void GrowDepthFirst(TreeBuilder builder, GrowingNode root, int[] features, SeededRandom random, double[] gradients)
    {
        var pending = new Stack<GrowingNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!node.Best.IsValid || !builder.MayAddLeaf)
            {
                Release(node);
                continue;
            }
            var (left, right) = Split(builder, node, gradients);
            Evaluate(left, features, random);
            Evaluate(right, features, random);
            pending.Push(right);
            pending.Push(left);
        }
    }

    private void GrowLeafWise(TreeBuilder builder, GrowingNode root, int[] features, SeededRandom random, double[] gradients)
    {
        var queue = new PriorityQueue<GrowingNode, (double, int)>();
        Enqueue(queue, root);
        while (queue.Count > 0 && builder.MayAddLeaf)
        {
            var node = queue.Dequeue();
            var (left, right) = Split(builder, node, gradients);
            Evaluate(left, features, random);
            Evaluate(right, features, random);
            Enqueue(queue, left);
            Enqueue(queue, right);
        }
        while (queue.Count > 0)
        {
            Release(queue.Dequeue());
        }
    }

    private void Enqueue(PriorityQueue<GrowingNode, (double, int)> queue, GrowingNode node)
    {
        if (node.Best.IsValid)
        {
            // Ties in gain go to the earlier node so growth does not depend on the queue's internals.
            queue.Enqueue(node, (-node.Best.Gain, node.TreeIndex));
        }
        else
        {
            Release(node);
        }
    }

    private (GrowingNode Left, GrowingNode Right) Split(TreeBuilder builder, GrowingNode node, double[] gradients)
    {
        var split = node.Best;
        var goesLeft = new byte[256];
        split.FillLeftTable(_data.Layout.Mappers[split.Feature], goesLeft);
        var leftCount = Partition.Split(node.Begin, node.End, split.Feature, goesLeft);
        var leftStats = new NodeStatistics(split.LeftGradient, split.LeftHessian, leftCount);
        var rightStats = new NodeStatistics(split.RightGradient, split.RightHessian, node.End - node.Begin - leftCount);
        var (leftIndex, rightIndex) = builder.SplitLeaf(node.TreeIndex, split, goesLeft, leftStats, rightStats);
        var depth = node.Depth + 1;
        double[]? leftHistogram = null, rightHistogram = null;
        if (MayGrowBelow(depth))
        {
            var leftIsSmaller = leftStats.Count <= rightStats.Count;
            var small = Rent();
            var (from, to) = leftIsSmaller ? (node.Begin, node.Begin + leftCount) : (node.Begin + leftCount, node.End);
            _histograms.Build(Partition.Rows, from, to, gradients, small);
            HistogramBuilder.Subtract(node.Histogram!, small);
            (leftHistogram, rightHistogram) = leftIsSmaller ? (small, node.Histogram) : (node.Histogram, small);
        }
        else
        {
            Release(node);
        }
        var left = new GrowingNode(leftIndex, node.Begin, node.Begin + leftCount, depth, leftStats, leftHistogram);
        var right = new GrowingNode(rightIndex, node.Begin + leftCount, node.End, depth, rightStats, rightHistogram);
        return (left, right);
    }

    private bool MayGrowBelow(int depth) => _options.MaxDepth <= 0 || depth < _options.MaxDepth;

    private void Evaluate(GrowingNode node, int[] features, SeededRandom random)
    {
        node.Best = SplitCandidate.None;
        if (node.Histogram is null || node.Stats.Count < 2 * _options.MinSamplesLeaf || !MayGrowBelow(node.Depth))
        {
            return;
        }
        node.Best = _finder.FindBest(node.Histogram, node.Stats, NodeFeatures(features, random));
    }

    private ReadOnlySpan<int> NodeFeatures(int[] features, SeededRandom random)
    {
        if (_options.FeatureFractionPerNode >= 1)
        {
            return features;
        }
        var take = Math.Max(1, (int)Math.Round(features.Length * _options.FeatureFractionPerNode));
        var chosen = (int[])features.Clone();
        for (var i = 0; i < take; i++)
        {
            var j = i + random.NextInt(chosen.Length - i);
            (chosen[i], chosen[j]) = (chosen[j], chosen[i]);
        }
        return chosen.AsSpan(0, take);
    }

    private NodeStatistics Totals(double[] histogram, int count)
    {
        // Every row falls in exactly one bin of each feature, so any one feature's bins sum to the node totals.
        var mapper = _data.Layout.Mappers[0];
        double gradient = 0, hessian = 0;
        for (var bin = 0; bin < mapper.BinCount; bin++)
        {
            gradient += histogram[2 * bin];
            hessian += histogram[2 * bin + 1];
        }
        return new NodeStatistics(gradient, hessian, count);
    }

    private double[] Rent() => _pool.Count > 0 ? _pool.Pop() : new double[_histograms.HistogramLength];

    private void Release(GrowingNode node)
    {
        if (node.Histogram is not null)
        {
            _pool.Push(node.Histogram);
            node.Histogram = null;
        }
    }
}
