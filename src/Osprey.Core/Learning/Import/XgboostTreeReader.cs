using System.Text.Json;
using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Import;

/// <summary>Converts one tree of an XGBoost JSON model to a <see cref="DecisionTree"/>: "x &lt; c goes left" becomes "x ≤ the float just below c"; a categorical split's listed categories go right.</summary>
internal static class XgboostTreeReader
{
    public static DecisionTree Read(JsonElement tree, string place, IReadOnlyDictionary<int, int> categoryCounts)
    {
        var left = Ints(tree, "left_children", place);
        var right = Ints(tree, "right_children", place);
        var feature = Ints(tree, "split_indices", place);
        var condition = Floats(tree, "split_conditions", place);
        var defaultLeft = Ints(tree, "default_left", place);
        var gain = tree.TryGetProperty("loss_changes", out _) ? Floats(tree, "loss_changes", place) : new float[left.Length];
        var cover = tree.TryGetProperty("sum_hessian", out _) ? Floats(tree, "sum_hessian", place) : new float[left.Length];
        var splitType = tree.TryGetProperty("split_type", out _) ? Ints(tree, "split_type", place) : new int[left.Length];
        if (new[] { right.Length, feature.Length, condition.Length, defaultLeft.Length, gain.Length, cover.Length, splitType.Length }.Any(n => n != left.Length))
        {
            throw OspreyException.Invalid($"{place}: the node arrays must all have {left.Length} entries, like 'left_children'.");
        }
        var rightSets = CategorySets(tree, place);
        var nodes = new TreeNode[left.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            if (left[i] < 0)
            {
                nodes[i] = TreeNode.Leaf(condition[i], cover[i]);
                continue;
            }
            IReadOnlyList<int>? leftCategories = null;
            if (splitType[i] == 1)
            {
                var goRight = rightSets.TryGetValue(i, out var set) ? set : [];
                leftCategories = Enumerable.Range(0, categoryCounts[feature[i]]).Except(goRight).ToArray();
            }
            var threshold = leftCategories is null ? MathF.BitDecrement(condition[i]) : 0f;
            nodes[i] = new TreeNode(feature[i], threshold, left[i], right[i], defaultLeft[i] != 0, leftCategories, 0, gain[i], cover[i]);
        }
        return new DecisionTree(nodes);
    }

    /// <summary>Raises each categorical feature's count to cover every category a split of this tree lists.</summary>
    public static void CountCategories(JsonElement tree, string place, Dictionary<int, int> counts)
    {
        var feature = Ints(tree, "split_indices", place);
        foreach (var (node, set) in CategorySets(tree, place))
        {
            counts[feature[node]] = Math.Max(counts.GetValueOrDefault(feature[node], 1), set.Length == 0 ? 1 : set.Max() + 1);
        }
    }

    private static Dictionary<int, int[]> CategorySets(JsonElement tree, string place)
    {
        var sets = new Dictionary<int, int[]>();
        if (!tree.TryGetProperty("categories_nodes", out _))
        {
            return sets;
        }
        var nodes = Ints(tree, "categories_nodes", place);
        var segments = Ints(tree, "categories_segments", place);
        var sizes = Ints(tree, "categories_sizes", place);
        var categories = Ints(tree, "categories", place);
        for (var i = 0; i < nodes.Length; i++)
        {
            sets[nodes[i]] = categories.AsSpan(segments[i], sizes[i]).ToArray();
        }
        return sets;
    }

    private static int[] Ints(JsonElement tree, string name, string place) =>
        Models.JsonArrays.Property(tree, name, place).EnumerateArray().Select(v => v.GetInt32()).ToArray();

    private static float[] Floats(JsonElement tree, string name, string place) =>
        Models.JsonArrays.Property(tree, name, place).EnumerateArray().Select(v => v.ValueKind switch
        {
            JsonValueKind.Null => float.NaN,
            JsonValueKind.String => v.GetString() == "-inf" ? float.NegativeInfinity : float.PositiveInfinity,
            _ => v.GetSingle(),
        }).ToArray();
}
