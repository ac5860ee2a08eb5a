namespace Osprey.Core.Learning.Trees;

/// <summary>The training rows that reached one leaf: rows[Begin..End) of the grower's row array, and the leaf's value.</summary>
internal readonly record struct LeafRange(int Node, int Begin, int End, double Value);
