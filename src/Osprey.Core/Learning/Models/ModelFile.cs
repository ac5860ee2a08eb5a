using System.Text.Json;
using Osprey.Core.Data;
using Osprey.Core.Learning.Linear;
using Osprey.Core.Learning.Preprocessing;

namespace Osprey.Core.Learning.Models;

/// <summary>Saves and loads models in Osprey's versioned JSON model format (documented in docs/model-format.md).</summary>
public static class ModelFile
{
    /// <summary>The value of the <c>format</c> property that identifies an Osprey model file.</summary>
    public const string FormatName = "osprey-model";

    /// <summary>The format version this code writes; it reads this version and older ones.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes the model to a file, replacing it.</summary>
    public static void Save(TrainedModel model, string path)
    {
        using var stream = File.Create(path);
        Save(model, stream);
    }

    /// <summary>Writes the model as UTF-8 JSON to the stream.</summary>
    public static void Save(TrainedModel model, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("format_version", FormatVersion);
        json.WriteString("learner", model.Info.Learner);
        json.WriteString("task", ModelNames.Task(model.Info.Task));
        if (model.Info.Target is { } target)
        {
            json.WriteString("target", target);
        }
        WriteStrings(json, "classes", model.Info.Classes);
        WriteStrings(json, "outputs", model.Info.OutputNames);
        WriteMap(json, "parameters", model.Info.Parameters);
        WriteMap(json, "metadata", model.Info.Metadata);
        json.WriteStartObject("inputs");
        WriteStrings(json, "missing_tokens", model.Encoder.MissingTokens);
        json.WriteStartArray("columns");
        foreach (var column in model.Encoder.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("kind", ColumnKindNames.Format(column.Kind));
            if (column.Categories is { } categories)
            {
                WriteStrings(json, "categories", categories);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("predictor");
        switch (model.Predictor)
        {
            case TreeEnsemblePredictor trees:
                TreeEnsembleJson.Write(json, trees.Ensemble);
                break;
            case LinearPredictor linear:
                LinearJson.Write(json, linear);
                break;
            default:
                throw OspreyException.Invalid($"A {model.Predictor.GetType().Name} cannot be saved in a model file.");
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Reads a model file; throws <see cref="ErrorCode.NotFound"/> when it is absent and <see cref="ErrorCode.InvalidParameter"/> naming the place when it is not a valid model.</summary>
    public static TrainedModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw OspreyException.NotFound($"The model file '{path}' does not exist.");
        }
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }

    /// <summary>Reads a model from a stream; <paramref name="source"/> names it in error messages.</summary>
    public static TrainedModel Load(Stream stream, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            return ModelFileReader.Read(document.RootElement, source);
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw OspreyException.Invalid($"{source} is not a valid Osprey model file: {error.Message}");
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    private static void WriteMap(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> values)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(key, value);
        }
        json.WriteEndObject();
    }
}
