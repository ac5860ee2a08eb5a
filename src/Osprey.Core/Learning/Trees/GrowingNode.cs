namespace Osprey.Core.Learning.Trees;

/// <summary>A leaf that may still be split: its rows (a range of one partition buffer), depth, totals, histogram (until released) and best split.</summary>
internal sealed class GrowingNode(int treeIndex, int buffer, int begin, int end, int depth, NodeStatistics stats, double[]? histogram)
{
    public int TreeIndex { get; } = treeIndex;

    public int Buffer { get; } = buffer;

    public int Begin { get; } = begin;

    public int End { get; } = end;

    public int Depth { get; } = depth;

    public NodeStatistics Stats { get; } = stats;

    public double[]? Histogram { get; set; } = histogram;

    public SplitCandidate Best { get; set; } = SplitCandidate.None;
}
