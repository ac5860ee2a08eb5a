namespace Osprey.Core.Learning.Trees;

/// <summary>Scans a node's gradient histogram for the split with the largest gain under the tree's constraints.</summary>
internal sealed class SplitFinder(BinLayout layout, TreeOptions options)
{
    /// <summary>Returns the best split over the given features, or <see cref="SplitCandidate.None"/> when no split gains.</summary>
    public SplitCandidate FindBest(double[] histogram, NodeStatistics node, ReadOnlySpan<int> features)
    {
        var best = SplitCandidate.None;
        var parentScore = NodeStatistics.Score(node.Gradient, node.Hessian, options.L1, options.L2);
        foreach (var feature in features)
        {
            var mapper = layout.Mappers[feature];
            var candidate = mapper.Kind == FeatureKind.Categorical
                ? FindCategorical(histogram, node, feature, mapper)
                : FindNumeric(histogram, node, feature, mapper, parentScore);
            if (candidate.Gain > best.Gain)
            {
                best = candidate;
            }
        }
        return best.Gain > Math.Max(options.MinSplitGain, 1e-10) ? best : SplitCandidate.None;
    }

    private SplitCandidate FindNumeric(double[] histogram, NodeStatistics node, int feature, BinMapper mapper, double parentScore)
    {
        var best = SplitCandidate.None;
        var slot = 2 * layout.Offsets[feature];
        var missingGradient = histogram[slot + 2 * mapper.MissingBin];
        var missingHessian = histogram[slot + 2 * mapper.MissingBin + 1];
        var countPerHessian = node.Hessian > 0 ? node.Count / node.Hessian : 0;
        double leftGradient = 0, leftHessian = 0;
        for (var bin = 0; bin < mapper.ValueBins - 1; bin++)
        {
            leftGradient += histogram[slot + 2 * bin];
            leftHessian += histogram[slot + 2 * bin + 1];
            TryNumeric(ref best, node, parentScore, countPerHessian, leftGradient, leftHessian, bin, false);
            if (missingHessian > 0)
            {
                TryNumeric(ref best, node, parentScore, countPerHessian, leftGradient + missingGradient, leftHessian + missingHessian, bin, true);
            }
        }
        if (best.IsValid && missingHessian <= 0)
        {
            // No training row was missing here, so rows missing at scoring time follow the larger side.
            best.DefaultLeft = best.LeftHessian > best.RightHessian;
        }
        best.Feature = best.IsValid ? feature : -1;
        return best;
    }

    private void TryNumeric(ref SplitCandidate best, NodeStatistics node, double parentScore, double countPerHessian,
        double leftGradient, double leftHessian, int bin, bool missingLeft)
    {
        var rightGradient = node.Gradient - leftGradient;
        var rightHessian = node.Hessian - leftHessian;
        if (!Admissible(leftHessian, rightHessian, countPerHessian))
        {
            return;
        }
        var gain = NodeStatistics.Score(leftGradient, leftHessian, options.L1, options.L2)
                   + NodeStatistics.Score(rightGradient, rightHessian, options.L1, options.L2) - parentScore;
        if (gain > best.Gain)
        {
            best = new SplitCandidate
            {
                Feature = 0, Gain = gain, ThresholdBin = bin, DefaultLeft = missingLeft,
                LeftGradient = leftGradient, LeftHessian = leftHessian, RightGradient = rightGradient, RightHessian = rightHessian,
            };
        }
    }

    private bool Admissible(double leftHessian, double rightHessian, double countPerHessian) =>
        leftHessian >= options.MinChildWeight && rightHessian >= options.MinChildWeight
        && leftHessian > 0 && rightHessian > 0
        && leftHessian * countPerHessian >= options.MinSamplesLeaf - 1e-9
        && rightHessian * countPerHessian >= options.MinSamplesLeaf - 1e-9;

    private SplitCandidate FindCategorical(double[] histogram, NodeStatistics node, int feature, BinMapper mapper)
    {
        var slot = 2 * layout.Offsets[feature];
        Span<int> used = stackalloc int[mapper.BinCount];
        var usedCount = 0;
        for (var bin = 0; bin < mapper.BinCount; bin++)
        {
            if (histogram[slot + 2 * bin + 1] > 0)
            {
                used[usedCount++] = bin;
            }
        }
        if (usedCount < 2)
        {
            return SplitCandidate.None;
        }
        var l2 = options.L2 + options.CategoricalL2;
        var parentScore = NodeStatistics.Score(node.Gradient, node.Hessian, options.L1, l2);
        var countPerHessian = node.Hessian > 0 ? node.Count / node.Hessian : 0;
        var search = new CategoricalSearch(histogram, slot, node, parentScore, countPerHessian, l2);
        var best = SplitCandidate.None;
        var order = used[..usedCount];
        if (usedCount <= options.MaxOneHotCategories)
        {
            foreach (var bin in order)
            {
                TryCategorical(ref best, search, [bin]);
            }
        }
        else
        {
            SortByMeanGradient(order, histogram, slot);
            var limit = Math.Min(options.MaxCategoriesPerSplit, usedCount - 1);
            for (var take = 1; take <= limit; take++)
            {
                TryCategorical(ref best, search, order[..take]);
                TryCategorical(ref best, search, order[^take..]);
            }
        }
        if (best.IsValid)
        {
            best.Feature = feature;
            best.IsCategorical = true;
            best.DefaultLeft = best.LeftCategories.Contains(mapper.MissingBin);
        }
        return best;
    }

    private void SortByMeanGradient(Span<int> bins, double[] histogram, int slot)
    {
        Span<double> keys = stackalloc double[bins.Length];
        for (var i = 0; i < bins.Length; i++)
        {
            var bin = bins[i];
            keys[i] = histogram[slot + 2 * bin] / (histogram[slot + 2 * bin + 1] + options.CategoricalSmoothing);
        }
        keys.Sort(bins);
    }

    private void TryCategorical(ref SplitCandidate best, in CategoricalSearch search, ReadOnlySpan<int> leftBins)
    {
        double leftGradient = 0, leftHessian = 0;
        var set = default(BinSet);
        foreach (var bin in leftBins)
        {
            leftGradient += search.Histogram[search.Slot + 2 * bin];
            leftHessian += search.Histogram[search.Slot + 2 * bin + 1];
            set.Add(bin);
        }
        var rightGradient = search.Node.Gradient - leftGradient;
        var rightHessian = search.Node.Hessian - leftHessian;
        if (!Admissible(leftHessian, rightHessian, search.CountPerHessian))
        {
            return;
        }
        var gain = NodeStatistics.Score(leftGradient, leftHessian, options.L1, search.L2)
                   + NodeStatistics.Score(rightGradient, rightHessian, options.L1, search.L2) - search.ParentScore;
        if (gain > best.Gain)
        {
            best = new SplitCandidate
            {
                Feature = 0, Gain = gain, LeftCategories = set,
                LeftGradient = leftGradient, LeftHessian = leftHessian, RightGradient = rightGradient, RightHessian = rightHessian,
            };
        }
    }

    private readonly record struct CategoricalSearch(
        double[] Histogram, int Slot, NodeStatistics Node, double ParentScore, double CountPerHessian, double L2);
}
