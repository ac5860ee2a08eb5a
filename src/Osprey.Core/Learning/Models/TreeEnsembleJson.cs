using System.Text.Json;
using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Models;

/// <summary>Writes and reads the <c>tree_ensemble</c> predictor of a model file: one object per tree with parallel node arrays.</summary>
internal static class TreeEnsembleJson
{
    public static void Write(Utf8JsonWriter json, TreeEnsemble ensemble)
    {
        json.WriteString("type", "tree_ensemble");
        json.WriteString("transform", ModelNames.Transform(ensemble.Transform));
        JsonArrays.Write(json, "base_scores", ensemble.BaseScores);
        json.WriteBoolean("single_precision_sums", ensemble.SinglePrecisionSums);
        json.WriteStartArray("trees");
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var nodes = ensemble.Trees[t].Nodes;
            json.WriteStartObject();
            json.WriteNumber("output", ensemble.TreeOutputs[t]);
            JsonArrays.Write(json, "feature", nodes.Select(n => n.Feature).ToArray());
            JsonArrays.Write(json, "threshold", nodes.Select(n => n.Threshold).ToArray());
            JsonArrays.Write(json, "left", nodes.Select(n => n.Left).ToArray());
            JsonArrays.Write(json, "right", nodes.Select(n => n.Right).ToArray());
            JsonArrays.Write(json, "default_left", nodes.Select(n => n.DefaultLeft ? 1 : 0).ToArray());
            JsonArrays.Write(json, "value", nodes.Select(n => n.Value).ToArray());
            JsonArrays.Write(json, "gain", nodes.Select(n => n.Gain).ToArray());
            JsonArrays.Write(json, "cover", nodes.Select(n => n.Cover).ToArray());
            json.WriteStartObject("categories");
            for (var i = 0; i < nodes.Count; i++)
            {
                if (nodes[i].LeftCategories is { } codes)
                {
                    JsonArrays.Write(json, i.ToString(System.Globalization.CultureInfo.InvariantCulture), codes);
                }
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static TreeEnsemble Read(JsonElement predictor, string source)
    {
        var transform = ModelNames.ParseTransform(JsonArrays.Property(predictor, "transform", source).GetString(), source);
        var baseScores = JsonArrays.Doubles(predictor, "base_scores", source);
        var trees = new List<DecisionTree>();
        var outputs = new List<int>();
        var index = 0;
        foreach (var tree in JsonArrays.Property(predictor, "trees", source).EnumerateArray())
        {
            var place = $"{source}: predictor.trees[{index++}]";
            outputs.Add(JsonArrays.Property(tree, "output", place).GetInt32());
            trees.Add(ReadTree(tree, place));
        }
        var single = predictor.TryGetProperty("single_precision_sums", out var flag) && flag.GetBoolean();
        return new TreeEnsemble(trees, outputs, baseScores, transform, single);
    }

    private static DecisionTree ReadTree(JsonElement tree, string place)
    {
        var feature = JsonArrays.Ints(tree, "feature", place);
        var threshold = JsonArrays.Floats(tree, "threshold", place);
        var left = JsonArrays.Ints(tree, "left", place);
        var right = JsonArrays.Ints(tree, "right", place);
        var defaultLeft = JsonArrays.Ints(tree, "default_left", place);
        var value = JsonArrays.Doubles(tree, "value", place);
        var gain = JsonArrays.Doubles(tree, "gain", place);
        var cover = JsonArrays.Doubles(tree, "cover", place);
        var count = feature.Length;
        if (new[] { threshold.Length, left.Length, right.Length, defaultLeft.Length, value.Length, gain.Length, cover.Length }.Any(n => n != count))
        {
            throw OspreyException.Invalid($"{place}: the node arrays must all have {count} entries, like 'feature'.");
        }
        var categories = new Dictionary<int, int[]>();
        if (tree.TryGetProperty("categories", out var sets))
        {
            foreach (var set in sets.EnumerateObject())
            {
                categories[int.Parse(set.Name, System.Globalization.CultureInfo.InvariantCulture)] = set.Value.EnumerateArray().Select(c => c.GetInt32()).ToArray();
            }
        }
        var nodes = new TreeNode[count];
        for (var i = 0; i < count; i++)
        {
            nodes[i] = new TreeNode(feature[i], threshold[i], left[i], right[i], defaultLeft[i] != 0, categories.GetValueOrDefault(i), value[i], gain[i], cover[i]);
        }
        return new DecisionTree(nodes);
    }
}
