using System.Text.Json;
namespace Osprey.Core.Monitoring.Drift;

/// <summary>Reads the drift JSON document (<see cref="DriftJson"/>'s shape, as a server's drift API answers) back into a <see cref="DriftResult"/>,
/// so the table, the HTML report and <c>--json-out</c> come out as in local mode.</summary>
public static class DriftResultReader
{
    /// <summary>Returns the result; throws <see cref="InvalidDataException"/> when the document is not a drift result.</summary>
    public static DriftResult Read(JsonElement root)
    {
        try
        {
            var columns = root.GetProperty("columns").EnumerateArray().Select(Column).ToList();
            return new DriftResult(root.GetProperty("reference").GetString() ?? "", root.GetProperty("current").GetString() ?? "",
                root.GetProperty("reference_rows").GetInt64(), root.GetProperty("current_rows").GetInt64(), columns,
                root.GetProperty("tested_columns").GetInt32(), root.GetProperty("drifted_columns").GetInt32(),
                root.GetProperty("drift_share").GetDouble(), root.GetProperty("drift_share_threshold").GetDouble(), root.GetProperty("dataset_drift").GetBoolean());
        }
        catch (Exception failure) when (failure is KeyNotFoundException or InvalidOperationException or FormatException or OspreyException)
        {
            throw new InvalidDataException($"The server's drift answer is not a drift result ({failure.Message}); is --server an Osprey of this version?", failure);
        }
    }

    private static ColumnDrift Column(JsonElement c) => new(
        c.GetProperty("column").GetString()!,
        c.GetProperty("type").GetString() == "numerical" ? ColumnType.Numerical : ColumnType.Categorical,
        c.GetProperty("role").GetString()!,
        DriftTests.Parse(c.GetProperty("test").GetString()!, "test"),
        Number(c.GetProperty("statistic")), Number(c.GetProperty("threshold")),
        c.GetProperty("drifted").GetBoolean(), c.GetProperty("tested").GetBoolean(),
        c.GetProperty("reference_count").GetInt64(), c.GetProperty("current_count").GetInt64(),
        c.GetProperty("reference_missing").GetInt64(), c.GetProperty("current_missing").GetInt64(),
        c.GetProperty("distinct_values").GetInt32(),
        c.TryGetProperty("distribution", out var d) && d.ValueKind == JsonValueKind.Object ? Distribution(d) : null);

    private static Distribution Distribution(JsonElement d) => new(
        d.TryGetProperty("edges", out var edges) && edges.ValueKind == JsonValueKind.Array ? [.. edges.EnumerateArray().Select(Number)] : null,
        d.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Array ? [.. labels.EnumerateArray().Select(l => l.GetString() ?? "")] : null,
        [.. d.GetProperty("reference").EnumerateArray().Select(Number)],
        [.. d.GetProperty("current").EnumerateArray().Select(Number)]);

    // The document writes a statistic that could not be computed as null.
    private static double Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.NaN;
}
