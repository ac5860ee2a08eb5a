namespace Osprey.Core.Learning.Trees;

/// <summary>One node of a <see cref="DecisionTree"/>: a leaf with a value, or a split that sends a row left or right.</summary>
/// <param name="Feature">The feature the split tests, or -1 for a leaf.</param>
/// <param name="Threshold">For numeric splits, rows with a value less than or equal to it go left.</param>
/// <param name="Left">The index of the left child (-1 for a leaf).</param>
/// <param name="Right">The index of the right child (-1 for a leaf).</param>
/// <param name="DefaultLeft">Whether a missing value (NaN) goes left.</param>
/// <param name="LeftCategories">For categorical splits, the sorted category codes that go left (any other code goes right); null for numeric splits.</param>
/// <param name="Value">For a leaf, what it adds to the prediction.</param>
/// <param name="Gain">For a split, the loss reduction it achieved in training (for importance).</param>
/// <param name="Cover">The sum of training hessians (row weights) that reached the node.</param>
public sealed record TreeNode(
    int Feature, float Threshold, int Left, int Right, bool DefaultLeft, IReadOnlyList<int>? LeftCategories,
    double Value, double Gain, double Cover)
{
    /// <summary>Gets whether the node is a leaf.</summary>
    public bool IsLeaf => Feature < 0;

    /// <summary>Creates a leaf.</summary>
    public static TreeNode Leaf(double value, double cover) => new(-1, 0, -1, -1, false, null, value, 0, cover);
}
