using System.Text.Json;

namespace Osprey.Core.Learning.Models;

/// <summary>Writes and reads the number arrays and required properties of model files, with errors that name the place.</summary>
internal static class JsonArrays
{
    public static void Write(Utf8JsonWriter json, string name, IEnumerable<int> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }
        json.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter json, string name, IEnumerable<float> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            WriteFloat(json, value);
        }
        json.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter json, string name, IEnumerable<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            WriteDouble(json, value);
        }
        json.WriteEndArray();
    }

    public static JsonElement Property(JsonElement element, string name, string place) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw OspreyException.Invalid($"{place}: the required property '{name}' is missing.");

    public static int[] Ints(JsonElement element, string name, string place) =>
        Property(element, name, place).EnumerateArray().Select(v => v.GetInt32()).ToArray();

    public static float[] Floats(JsonElement element, string name, string place) =>
        Property(element, name, place).EnumerateArray().Select(ReadFloat).ToArray();

    public static double[] Doubles(JsonElement element, string name, string place) =>
        Property(element, name, place).EnumerateArray().Select(ReadDouble).ToArray();

    // JSON has no infinities or NaN; they are written as the strings "inf", "-inf" and "nan".
    private static void WriteFloat(Utf8JsonWriter json, float value)
    {
        if (float.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteStringValue(float.IsNaN(value) ? "nan" : value > 0 ? "inf" : "-inf");
        }
    }

    private static void WriteDouble(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteStringValue(double.IsNaN(value) ? "nan" : value > 0 ? "inf" : "-inf");
        }
    }

    private static float ReadFloat(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? (float)Special(value.GetString()) : value.GetSingle();

    private static double ReadDouble(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? Special(value.GetString()) : value.GetDouble();

    private static double Special(string? text) => text switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        _ => throw new FormatException($"'{text}' is not a number."),
    };
}
