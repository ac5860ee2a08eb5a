using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Osprey.Core.Data;
using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Models;

namespace Osprey.Core.Learning.Jobs;

/// <summary>The files a training run leaves: the model folder (model file and an MLmodel descriptor), feature importance and the evaluations.</summary>
public static class ModelArtifacts
{
    /// <summary>The run folder holding the model; versions are registered from <c>runs:/&lt;run&gt;/model</c>.</summary>
    public const string ModelFolder = "model";

    /// <summary>The model file's name inside <see cref="ModelFolder"/>.</summary>
    public const string ModelFileName = "model.json";

    /// <summary>The run path of the model file.</summary>
    public const string ModelPath = ModelFolder + "/" + ModelFileName;

    /// <summary>The run path of the MLflow-style model descriptor.</summary>
    public const string DescriptorPath = ModelFolder + "/MLmodel";

    /// <summary>The run path of the chart-ready importance list.</summary>
    public const string ImportancePath = "feature_importance.json";

    /// <summary>The run path of the evaluations with their confusion matrices.</summary>
    public const string EvaluationPath = "evaluation.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Returns the model file's bytes.</summary>
    public static byte[] ModelBytes(TrainedModel model)
    {
        using var buffer = new MemoryStream();
        ModelFile.Save(model, buffer);
        return buffer.ToArray();
    }

    /// <summary>Returns <c>[{"feature", "gain", "share"}]</c> sorted by importance (<c>weight</c> instead of <c>gain</c> for linear models).</summary>
    public static string Importance(IReadOnlyList<FeatureImportance> importance, string learner)
    {
        var scoreName = learner is "logistic_regression" or "linear_regression" ? "weight" : "gain";
        var entries = importance.OrderByDescending(i => i.Score).ThenBy(i => i.Feature, StringComparer.Ordinal)
            .Select(i => (JsonNode)new JsonObject { ["feature"] = i.Feature, [scoreName] = Finite(i.Score), ["share"] = Finite(i.Share) })
            .ToArray<JsonNode?>();
        return new JsonArray(entries).ToJsonString(Indented);
    }

    /// <summary>Returns the evaluations by name (validation, test, ...) with their metrics, confusion matrices and class names.</summary>
    public static string Evaluations(IReadOnlyList<string> classes, IEnumerable<(string Name, EvaluationReport? Report)> evaluations)
    {
        var root = new JsonObject { ["classes"] = new JsonArray(classes.Select(c => JsonValue.Create(c)).ToArray<JsonNode?>()) };
        foreach (var (name, report) in evaluations)
        {
            if (report is not null)
            {
                root[name] = EvaluationNode(report);
            }
        }
        return root.ToJsonString(Indented);
    }

    /// <summary>Returns an MLflow-style <c>MLmodel</c> descriptor (YAML) naming the Osprey flavor and the input and output signature.</summary>
    public static string Descriptor(TrainedModel model, string runId, long modelBytes, DateTimeOffset created)
    {
        var inputs = new JsonArray(model.Encoder.Columns.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Name,
            ["type"] = c.Kind switch { ColumnKind.Numeric => "double", ColumnKind.Integer => "long", ColumnKind.Boolean => "boolean", ColumnKind.DateTime => "datetime", _ => "string" },
            ["required"] = false,
        }).ToArray<JsonNode?>());
        var outputs = new JsonArray(model.Info.OutputNames.Select(n => (JsonNode)new JsonObject { ["name"] = n, ["type"] = "double" }).ToArray<JsonNode?>());
        var text = new StringBuilder();
        text.AppendLine($"artifact_path: {ModelFolder}");
        text.AppendLine("flavors:");
        text.AppendLine("  osprey:");
        text.AppendLine($"    model_file: {ModelFileName}");
        text.AppendLine($"    format: {ModelFile.FormatName}");
        text.AppendLine(CultureInfo.InvariantCulture, $"    format_version: {ModelFile.FormatVersion}");
        text.AppendLine($"    learner: {model.Info.Learner}");
        text.AppendLine($"    task: {TaskName(model.Info.Task)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"model_size_bytes: {modelBytes}");
        text.AppendLine($"run_id: {runId}");
        text.AppendLine("signature:");
        text.AppendLine($"  inputs: {Quote(inputs.ToJsonString())}");
        text.AppendLine($"  outputs: {Quote(outputs.ToJsonString())}");
        text.AppendLine($"utc_time_created: {Quote(created.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture))}");
        return text.ToString();
    }

    private static JsonObject EvaluationNode(EvaluationReport report)
    {
        var metrics = new JsonObject();
        foreach (var (key, value) in report.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            metrics[key] = Finite(value);
        }
        var node = new JsonObject { ["metrics"] = metrics };
        if (report.Confusion is { } confusion)
        {
            node["confusion_matrix"] = new JsonArray(confusion.Select(row => (JsonNode)new JsonArray(row.Select(n => JsonValue.Create(n)).ToArray<JsonNode?>())).ToArray<JsonNode?>());
        }
        return node;
    }

    /// <summary>Gets a task's spelling in model files and logged params, such as <c>binary_classification</c>.</summary>
    public static string TaskName(LearningTask task) => task switch
    {
        LearningTask.BinaryClassification => "binary_classification",
        LearningTask.MulticlassClassification => "multiclass_classification",
        _ => "regression",
    };

    private static JsonValue? Finite(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    // YAML single-quoted scalars escape a quote by doubling it; everything else is literal.
    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
