using System.Text.Json;
using Osprey.Core.Data;
using Osprey.Core.Learning.Preprocessing;

namespace Osprey.Core.Learning.Models;

/// <summary>Turns the JSON of a model file into a <see cref="TrainedModel"/>, checking the format name and version first.</summary>
internal static class ModelFileReader
{
    public static TrainedModel Read(JsonElement root, string source)
    {
        var format = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (format != ModelFile.FormatName)
        {
            throw OspreyException.Invalid($"{source} is not an Osprey model file (its 'format' is not '{ModelFile.FormatName}').");
        }
        var version = JsonArrays.Property(root, "format_version", source).GetInt32();
        if (version > ModelFile.FormatVersion)
        {
            throw OspreyException.Invalid($"{source} has model format version {version}; this Osprey reads versions up to {ModelFile.FormatVersion}. Upgrade Osprey to load it.");
        }
        var task = ModelNames.ParseTask(JsonArrays.Property(root, "task", source).GetString(), source);
        var classes = Strings(root, "classes");
        var info = new ModelInfo(
            JsonArrays.Property(root, "learner", source).GetString() ?? "",
            task,
            root.TryGetProperty("target", out var target) ? target.GetString() : null,
            classes,
            Map(root, "parameters"),
            Map(root, "metadata"));
        var encoder = ReadInputs(JsonArrays.Property(root, "inputs", source), source);
        var predictor = JsonArrays.Property(root, "predictor", source);
        IPredictor model = JsonArrays.Property(predictor, "type", source).GetString() switch
        {
            "tree_ensemble" => new TreeEnsemblePredictor(TreeEnsembleJson.Read(predictor, source), task, encoder.Features),
            "linear" => LinearJson.Read(predictor, task, encoder.Features, source),
            var other => throw OspreyException.Invalid($"{source}: 'predictor.type' is '{other}'; expected tree_ensemble or linear."),
        };
        if (task == LearningTask.MulticlassClassification && model.OutputCount != classes.Length)
        {
            throw OspreyException.Invalid($"{source}: the predictor has {model.OutputCount} outputs but the model names {classes.Length} classes.");
        }
        return new TrainedModel(info, encoder, model);
    }

    private static FeatureEncoder ReadInputs(JsonElement inputs, string source)
    {
        var columns = new List<InputColumn>();
        var index = 0;
        foreach (var column in JsonArrays.Property(inputs, "columns", $"{source}: inputs").EnumerateArray())
        {
            var place = $"{source}: inputs.columns[{index++}]";
            var name = JsonArrays.Property(column, "name", place).GetString() ?? "";
            var kind = ColumnKindNames.Parse(JsonArrays.Property(column, "kind", place).GetString() ?? "", place);
            var categories = column.TryGetProperty("categories", out var list) ? list.EnumerateArray().Select(c => c.GetString() ?? "").ToArray() : null;
            columns.Add(new InputColumn(name, kind, categories));
        }
        var missing = inputs.TryGetProperty("missing_tokens", out var tokens)
            ? tokens.EnumerateArray().Select(t => t.GetString() ?? "").ToArray()
            : CsvOptions.DefaultMissingTokens;
        return new FeatureEncoder(columns, missing);
    }

    private static string[] Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(v => v.GetString() ?? "").ToArray() : [];

    private static Dictionary<string, string> Map(JsonElement root, string name) =>
        root.TryGetProperty(name, out var map)
            ? map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
