using System.Text.Json;
using Osprey.Core.Learning.Linear;

namespace Osprey.Core.Learning.Models;

/// <summary>Writes and reads the <c>linear</c> predictor of a model file: imputation, standardisation, weights per output over design columns, intercepts.</summary>
internal static class LinearJson
{
    public static void Write(Utf8JsonWriter json, LinearPredictor predictor)
    {
        json.WriteString("type", "linear");
        JsonArrays.Write(json, "impute", predictor.Layout.Impute);
        JsonArrays.Write(json, "mean", predictor.Layout.Mean);
        JsonArrays.Write(json, "scale", predictor.Layout.Scale);
        json.WriteStartArray("weights");
        foreach (var row in predictor.Weights)
        {
            json.WriteStartObject();
            JsonArrays.Write(json, "values", row);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        JsonArrays.Write(json, "intercepts", predictor.Intercepts);
    }

    public static LinearPredictor Read(JsonElement predictor, LearningTask task, IReadOnlyList<FeatureInfo> features, string source)
    {
        var place = $"{source}: predictor";
        var impute = JsonArrays.Doubles(predictor, "impute", place);
        var mean = JsonArrays.Doubles(predictor, "mean", place);
        var scale = JsonArrays.Doubles(predictor, "scale", place);
        if (impute.Length != features.Count || mean.Length != features.Count || scale.Length != features.Count)
        {
            throw OspreyException.Invalid($"{place}: 'impute', 'mean' and 'scale' need one entry per input column ({features.Count}).");
        }
        var weights = JsonArrays.Property(predictor, "weights", place).EnumerateArray()
            .Select(row => (IReadOnlyList<double>)JsonArrays.Doubles(row, "values", place)).ToArray();
        var intercepts = JsonArrays.Doubles(predictor, "intercepts", place);
        return new LinearPredictor(task, new LinearLayout(features, impute, mean, scale), weights, intercepts);
    }
}
