using System.Globalization;
using System.Text.Json;
using Osprey.Core.Data;
using Osprey.Core.Learning.Models;
using Osprey.Core.Learning.Preprocessing;
using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Import;

/// <summary>Imports XGBoost models saved with <c>save_model("model.json")</c>: gbtree boosters with binary:logistic, reg:logistic, reg:squarederror or multi:softprob/softmax.</summary>
public static class XgboostImporter
{
    /// <summary>Reads an XGBoost JSON model file; throws <see cref="ErrorCode.NotFound"/> when absent and <see cref="ErrorCode.InvalidParameter"/> for unsupported or malformed models.</summary>
    public static TrainedModel Import(string path)
    {
        if (!File.Exists(path))
        {
            throw OspreyException.NotFound($"The XGBoost model file '{path}' does not exist.");
        }
        return Import(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads an XGBoost JSON model from bytes; <paramref name="source"/> names it in error messages.</summary>
    public static TrainedModel Import(byte[] json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(NonFiniteJson.Sanitize(json));
            return Read(document.RootElement, source);
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw OspreyException.Invalid($"{source} is not a valid XGBoost JSON model: {error.Message}");
        }
    }

    private static TrainedModel Read(JsonElement root, string source)
    {
        var learner = JsonArrays.Property(root, "learner", source);
        var booster = JsonArrays.Property(learner, "gradient_booster", source);
        var boosterName = JsonArrays.Property(booster, "name", source).GetString();
        if (boosterName != "gbtree")
        {
            throw OspreyException.Invalid($"{source} uses the '{boosterName}' booster; only gbtree models can be imported.");
        }
        var parameters = JsonArrays.Property(learner, "learner_model_param", source);
        var objective = JsonArrays.Property(JsonArrays.Property(learner, "objective", source), "name", source).GetString() ?? "";
        var classCount = Math.Max(1, ParseNumber(JsonArrays.Property(parameters, "num_class", source).GetString()));
        var featureCount = (int)ParseNumber(JsonArrays.Property(parameters, "num_feature", source).GetString());
        var baseScore = ParseNumber(JsonArrays.Property(parameters, "base_score", source).GetString());
        var (task, transform, margin) = Objective(objective, baseScore, source);
        var model = JsonArrays.Property(booster, "model", source);
        var treesJson = JsonArrays.Property(model, "trees", source).EnumerateArray().ToArray();
        var treeInfo = JsonArrays.Ints(model, "tree_info", source);
        var counts = new Dictionary<int, int>();
        for (var t = 0; t < treesJson.Length; t++)
        {
            XgboostTreeReader.CountCategories(treesJson[t], $"{source}: trees[{t}]", counts);
        }
        var trees = treesJson.Select((tree, t) => XgboostTreeReader.Read(tree, $"{source}: trees[{t}]", counts)).ToArray();
        var outputs = task == LearningTask.MulticlassClassification ? (int)classCount : 1;
        var ensemble = new TreeEnsemble(trees, treeInfo, Enumerable.Repeat(margin, outputs).ToArray(), transform, singlePrecisionSums: true);
        var encoder = Inputs(learner, featureCount, counts);
        var classes = task switch
        {
            LearningTask.BinaryClassification => ["0", "1"],
            LearningTask.MulticlassClassification => Enumerable.Range(0, outputs).Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray(),
            _ => Array.Empty<string>(),
        };
        var version = root.TryGetProperty("version", out var v) ? string.Join('.', v.EnumerateArray().Select(p => p.GetInt32())) : "unknown";
        var info = new ModelInfo("xgboost", task, null, classes,
            new Dictionary<string, string> { ["objective"] = objective, ["base_score"] = baseScore.ToString("R", CultureInfo.InvariantCulture) },
            new Dictionary<string, string> { ["imported_from"] = source, ["xgboost_version"] = version });
        return new TrainedModel(info, encoder, new TreeEnsemblePredictor(ensemble, task, encoder.Features));
    }

    private static (LearningTask Task, OutputTransform Transform, double Margin) Objective(string objective, double baseScore, string source) => objective switch
    {
        // XGBoost stores base_score as a probability for logistic objectives and adds its logit to the margin.
        "binary:logistic" => (LearningTask.BinaryClassification, OutputTransform.Sigmoid, Logit(baseScore)),
        "reg:logistic" => (LearningTask.Regression, OutputTransform.Sigmoid, Logit(baseScore)),
        "reg:squarederror" or "reg:linear" => (LearningTask.Regression, OutputTransform.Identity, (float)baseScore),
        "multi:softprob" or "multi:softmax" => (LearningTask.MulticlassClassification, OutputTransform.Softmax, (float)baseScore),
        _ => throw OspreyException.Invalid(
            $"{source} has the objective '{objective}'; importable objectives are binary:logistic, reg:logistic, reg:squarederror, multi:softprob and multi:softmax."),
    };

    // XGBoost computes the base margin in 32-bit floats: -log(1/p - 1).
    private static double Logit(double p) => -MathF.Log(1.0f / (float)p - 1.0f);

    private static FeatureEncoder Inputs(JsonElement learner, int featureCount, Dictionary<int, int> categoryCounts)
    {
        var names = learner.TryGetProperty("feature_names", out var list) ? list.EnumerateArray().Select(n => n.GetString() ?? "").ToArray() : [];
        var columns = new InputColumn[featureCount];
        for (var f = 0; f < featureCount; f++)
        {
            var name = f < names.Length && names[f].Length > 0 ? names[f] : $"f{f}";
            columns[f] = categoryCounts.TryGetValue(f, out var count)
                ? new InputColumn(name, ColumnKind.Categorical, Enumerable.Range(0, count).Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray())
                : new InputColumn(name, ColumnKind.Numeric);
        }
        return new FeatureEncoder(columns, CsvOptions.DefaultMissingTokens);
    }

    private static double ParseNumber(string? text) =>
        double.Parse((text ?? "0").Trim('[', ']'), NumberStyles.Float, CultureInfo.InvariantCulture);
}
