using Osprey.Core.Data;

namespace Osprey.Core.Learning.Trees;

/// <summary>
/// Grows one histogram tree at a time on binned data: depth-wise (a whole level at once, nodes in parallel), leaf-wise
/// or depth-first, always building only the smaller child's histogram and subtracting it from the parent's for the other.
/// </summary>
internal sealed class TreeGrower
{
    private readonly BinnedMatrix _data;
    private readonly TreeOptions _options;
    private readonly ParallelOptions _parallel;
    private readonly HistogramBuilder _histograms;
    private readonly SplitFinder _finder;
    private readonly Stack<double[]> _pool = new();

    public TreeGrower(BinnedMatrix data, TreeOptions options, ParallelOptions parallel, int threads)
    {
        _data = data;
        _options = options;
        _parallel = parallel;
        Partition = new RowPartition(data, parallel, threads);
        _histograms = new HistogramBuilder(Partition, data.Layout, parallel, threads);
        _finder = new SplitFinder(data.Layout, options);
    }

    public RowPartition Partition { get; }

    /// <summary>Grows a tree on interleaved (g, h) pairs over the sampled rows (all rows when null); leaf values are multiplied by <paramref name="leafScale"/>.</summary>
    public GrownTree Grow(double[] gradients, int[]? sample, int sampleCount, int[] features, double leafScale, SeededRandom random)
    {
        var (buffer, count) = Partition.Reset(sample, sampleCount, gradients);
        var builder = new TreeBuilder(_data.Layout, _options, leafScale);
        var rootHistogram = Rent();
        _histograms.Build(buffer, 0, count, rootHistogram);
        var totals = Totals(rootHistogram, count);
        var root = new GrowingNode(builder.AddLeaf(totals, buffer, 0, count), buffer, 0, count, 0, totals, rootHistogram);
        EvaluateAll([root], features, random);
        if (_options.DepthFirst)
        {
            GrowDepthFirst(builder, root, features, random);
        }
        else if (_options.Growth == GrowthPolicy.DepthWise)
        {
            GrowDepthWise(builder, root, features, random);
        }
        else
        {
            GrowLeafWise(builder, root, features, random);
        }
        return builder.Build();
    }

    private void GrowDepthWise(TreeBuilder builder, GrowingNode root, int[] features, SeededRandom random)
    {
        List<GrowingNode> level = [root];
        while (level.Count > 0)
        {
            var allowed = _options.MaxLeaves <= 0 ? int.MaxValue : _options.MaxLeaves - builder.LeafCount;
            var splitting = new List<GrowingNode>();
            foreach (var node in level)
            {
                if (node.Best.IsValid && splitting.Count < allowed)
                {
                    splitting.Add(node);
                }
                else
                {
                    Release(node);
                }
            }
            level = SplitAll(builder, splitting);
            EvaluateAll(level, features, random);
        }
    }

    private void GrowLeafWise(TreeBuilder builder, GrowingNode root, int[] features, SeededRandom random)
    {
        var queue = new PriorityQueue<GrowingNode, (double, int)>();
        Enqueue(queue, root);
        while (queue.Count > 0 && builder.MayAddLeaf)
        {
            var children = SplitAll(builder, [queue.Dequeue()]);
            EvaluateAll(children, features, random);
            children.ForEach(child => Enqueue(queue, child));
        }
        while (queue.Count > 0)
        {
            Release(queue.Dequeue());
        }
    }

    private void GrowDepthFirst(TreeBuilder builder, GrowingNode root, int[] features, SeededRandom random)
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
            var children = SplitAll(builder, [node]);
            EvaluateAll(children, features, random);
            pending.Push(children[1]);
            pending.Push(children[0]);
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

    /// <summary>Splits every node (rows partitioned, children added to the tree) and gives each child that may still split its histogram.</summary>
    private List<GrowingNode> SplitAll(TreeBuilder builder, List<GrowingNode> nodes)
    {
        var tables = nodes.Select(n => LeftTable(n.Best)).ToArray();
        var leftCounts = new int[nodes.Count];
        var small = Enumerable.Range(0, nodes.Count).Where(i => !_histograms.IsLarge(nodes[i].End - nodes[i].Begin)).ToArray();
        foreach (var i in Enumerable.Range(0, nodes.Count).Except(small))
        {
            leftCounts[i] = Partition.Split(nodes[i].Buffer, nodes[i].Begin, nodes[i].End, nodes[i].Best.Feature, tables[i], mayUseThreads: true, !MayGrowBelow(nodes[i].Depth + 1));
        }
        Parallel.ForEach(small, _parallel, i =>
            leftCounts[i] = Partition.Split(nodes[i].Buffer, nodes[i].Begin, nodes[i].End, nodes[i].Best.Feature, tables[i], mayUseThreads: false, !MayGrowBelow(nodes[i].Depth + 1)));
        var children = new List<GrowingNode>(2 * nodes.Count);
        var jobs = new List<(GrowingNode Small, GrowingNode Large, double[] Parent)>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var (left, right) = Children(builder, nodes[i], tables[i], leftCounts[i]);
            children.Add(left);
            children.Add(right);
            if (MayGrowBelow(left.Depth))
            {
                var leftIsSmaller = left.Stats.Count <= right.Stats.Count;
                jobs.Add(leftIsSmaller ? (left, right, nodes[i].Histogram!) : (right, left, nodes[i].Histogram!));
                nodes[i].Histogram = null;
            }
            else
            {
                Release(nodes[i]);
            }
        }
        BuildHistograms(jobs);
        return children;
    }

    private static (GrowingNode Left, GrowingNode Right) Children(TreeBuilder builder, GrowingNode node, byte[] goesLeft, int leftCount)
    {
        var split = node.Best;
        var leftStats = new NodeStatistics(split.LeftGradient, split.LeftHessian, leftCount);
        var rightStats = new NodeStatistics(split.RightGradient, split.RightHessian, node.End - node.Begin - leftCount);
        var buffer = RowPartition.Other(node.Buffer);
        var (leftIndex, rightIndex) = builder.SplitLeaf(node.TreeIndex, split, goesLeft, leftStats, rightStats, buffer);
        var middle = node.Begin + leftCount;
        return (new GrowingNode(leftIndex, buffer, node.Begin, middle, node.Depth + 1, leftStats, null),
                new GrowingNode(rightIndex, buffer, middle, node.End, node.Depth + 1, rightStats, null));
    }

    /// <summary>Builds each small child's histogram (large ones with all threads, the rest one per thread) and derives its sibling's from the parent's.</summary>
    private void BuildHistograms(List<(GrowingNode Small, GrowingNode Large, double[] Parent)> jobs)
    {
        foreach (var job in jobs)
        {
            job.Small.Histogram = Rent();
            job.Large.Histogram = job.Parent;
        }
        var large = jobs.Where(j => _histograms.IsLarge(j.Small.End - j.Small.Begin)).ToArray();
        foreach (var job in large)
        {
            _histograms.Build(job.Small.Buffer, job.Small.Begin, job.Small.End, job.Small.Histogram!);
        }
        Parallel.ForEach(jobs.Except(large), _parallel, job => _histograms.Build(job.Small.Buffer, job.Small.Begin, job.Small.End, job.Small.Histogram!));
        Parallel.ForEach(jobs, _parallel, job => HistogramBuilder.Subtract(job.Parent, job.Small.Histogram!));
    }

    /// <summary>Finds every node's best split in parallel; the per-node feature samples are drawn first, in node order, so the result does not depend on threads.</summary>
    private void EvaluateAll(List<GrowingNode> nodes, int[] features, SeededRandom random)
    {
        var candidates = new int[nodes.Count][];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            node.Best = SplitCandidate.None;
            var splittable = node.Histogram is not null && node.Stats.Count >= 2 * _options.MinSamplesLeaf && MayGrowBelow(node.Depth);
            candidates[i] = splittable ? NodeFeatures(features, random) : [];
        }
        Parallel.For(0, nodes.Count, _parallel, i =>
        {
            if (candidates[i].Length > 0)
            {
                nodes[i].Best = _finder.FindBest(nodes[i].Histogram!, nodes[i].Stats, candidates[i]);
            }
        });
    }

    private bool MayGrowBelow(int depth) => _options.MaxDepth <= 0 || depth < _options.MaxDepth;

    private byte[] LeftTable(SplitCandidate split)
    {
        var table = new byte[256];
        split.FillLeftTable(_data.Layout.Mappers[split.Feature], table);
        return table;
    }

    private int[] NodeFeatures(int[] features, SeededRandom random)
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
        return chosen[..take];
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
