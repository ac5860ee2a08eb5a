namespace Osprey.Core.Learning.Trees;

/// <summary>The order in which a tree's nodes are split.</summary>
public enum GrowthPolicy
{
    /// <summary>Level by level up to the maximum depth (XGBoost's default).</summary>
    DepthWise,
    /// <summary>Always the leaf with the largest gain, up to the maximum number of leaves (LightGBM's default).</summary>
    LeafWise,
}
