namespace Osprey.Core.Learning.Trees;

/// <summary>The training rows that reached one leaf: positions [Begin, End) of one partition buffer, and the leaf's value.</summary>
internal readonly record struct LeafRange(int Node, int Buffer, int Begin, int End, double Value);
