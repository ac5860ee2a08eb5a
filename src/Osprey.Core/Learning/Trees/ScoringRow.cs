using System.Runtime.CompilerServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>
/// The row form compiled trees read: every numeric feature twice, missing as -∞ in the first copy and +∞ in the second,
/// so a split whose missing values go left reads the first copy and one whose missing values go right reads the second,
/// and no split needs a NaN test. Categorical features hold clean codes: the category count for missing, one more for
/// anything that is not a known code.
/// </summary>
internal sealed class ScoringRow(int[] categoryCounts)
{
    /// <summary>Gets whether every categorical set (codes, missing, unknown) fits in 64 bits, so splits hold it inline.</summary>
    public bool NarrowSets { get; } = categoryCounts.All(c => c + 2 <= 64);

    public int FeatureCount => categoryCounts.Length;

    public int Width => 2 * categoryCounts.Length;

    /// <summary>Gets the category count of each feature (0 for numeric features).</summary>
    public int[] CategoryCounts => categoryCounts;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(int feature, float value, Span<float> row)
    {
        var categories = categoryCounts[feature];
        if (categories == 0)
        {
            var missing = float.IsNaN(value);
            row[feature] = missing ? float.NegativeInfinity : value;
            row[FeatureCount + feature] = missing ? float.PositiveInfinity : value;
            return;
        }
        var code = (int)value;
        float clean = float.IsNaN(value) ? categories : code == value && (uint)code < (uint)categories ? code : categories + 1;
        row[feature] = clean;
        row[FeatureCount + feature] = clean;
    }

    public void Write(ReadOnlySpan<float> features, Span<float> row)
    {
        for (var f = 0; f < FeatureCount; f++)
        {
            Write(f, features[f], row);
        }
    }

    /// <summary>Returns the compiled form of a split: which copy of the feature it reads and its threshold or bit set.</summary>
    public CompiledNode Compile(TreeNode node, CategorySets sets)
    {
        var categories = categoryCounts[node.Feature];
        if (node.LeftCategories is null)
        {
            if (categories != 0)
            {
                throw OspreyException.Invalid($"A numeric split uses feature {node.Feature}, which is categorical.");
            }
            return new CompiledNode { Threshold = node.Threshold, Position = node.DefaultLeft ? node.Feature : FeatureCount + node.Feature };
        }
        if (categories == 0)
        {
            throw OspreyException.Invalid($"A categorical split uses feature {node.Feature}, which is numeric.");
        }
        return sets.Node(node.Feature, node.LeftCategories, categories, node.DefaultLeft, NarrowSets);
    }
}
