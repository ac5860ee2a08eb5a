using System.Text.Json;
using Osprey.Core.Serving.Predictions;

namespace Osprey.Storage.Sqlite.Serving;

/// <summary>Reads the JSON array of a stored prediction batch (see migration 0009) back into records, in their stored order.</summary>
internal static class StoredPredictionRows
{
    /// <summary>Returns the batch's rows of <paramref name="model"/>, or null when the bytes are not a stored batch.</summary>
    public static List<PredictionRecord>? TryRead(ReadOnlyMemory<byte> json, string model)
    {
        try
        {
            return Read(json, model);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static List<PredictionRecord> Read(ReadOnlyMemory<byte> json, string model)
    {
        using var document = JsonDocument.Parse(json);
        var rows = new List<PredictionRecord>(document.RootElement.GetArrayLength());
        foreach (var row in document.RootElement.EnumerateArray())
        {
            var predicted = row.GetProperty("class");
            rows.Add(new PredictionRecord(
                row.GetProperty("id").GetString()!,
                row.GetProperty("row").GetInt32(),
                row.GetProperty("ts").GetInt64(),
                model,
                row.GetProperty("v").GetInt32(),
                row.GetProperty("role").GetString()!,
                row.GetProperty("in").GetRawText(),
                row.GetProperty("out").GetRawText(),
                predicted.ValueKind == JsonValueKind.Null ? null : predicted.GetString(),
                row.GetProperty("us").GetInt64() / 1000.0));
        }
        return rows;
    }
}
