using System.Text.Json;
using System.Text.Json.Nodes;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>Writes a <see cref="DriftResult"/> as JSON: the data set verdict, then each column's test, statistic, threshold, verdict and binned shares.</summary>
public static class DriftJson
{
    /// <summary>Returns the result as an indented JSON document (NaN statistics as null).</summary>
    public static string Write(DriftResult result)
    {
        var columns = new JsonArray();
        foreach (var c in result.Columns)
        {
            var node = new JsonObject
            {
                ["column"] = c.Column, ["role"] = c.Role, ["type"] = c.Type == ColumnType.Numerical ? "numerical" : "categorical",
                ["test"] = DriftTests.Name(c.Test), ["kind"] = DriftTests.IsHypothesisTest(c.Test) ? "p_value" : "distance",
                ["statistic"] = Finite(c.Statistic), ["threshold"] = c.Threshold, ["drifted"] = c.Drifted, ["tested"] = c.Tested,
                ["reference_count"] = c.ReferenceCount, ["current_count"] = c.CurrentCount,
                ["reference_missing"] = c.ReferenceMissing, ["current_missing"] = c.CurrentMissing, ["distinct_values"] = c.DistinctValues,
            };
            if (c.Distribution is { } d)
            {
                node["distribution"] = new JsonObject
                {
                    ["edges"] = d.Edges is null ? null : new JsonArray(d.Edges.Select(e => (JsonNode?)e).ToArray()),
                    ["labels"] = d.Labels is null ? null : new JsonArray(d.Labels.Select(l => (JsonNode?)l).ToArray()),
                    ["reference"] = new JsonArray(d.Reference.Select(v => (JsonNode?)v).ToArray()),
                    ["current"] = new JsonArray(d.Current.Select(v => (JsonNode?)v).ToArray()),
                };
            }
            columns.Add(node);
        }
        var root = new JsonObject
        {
            ["reference"] = result.Reference, ["current"] = result.Current,
            ["reference_rows"] = result.ReferenceRows, ["current_rows"] = result.CurrentRows,
            ["dataset_drift"] = result.DatasetDrift, ["drift_share"] = result.DriftShare, ["drift_share_threshold"] = result.DriftShareThreshold,
            ["tested_columns"] = result.TestedColumns, ["drifted_columns"] = result.DriftedColumns,
            ["drifted"] = new JsonArray(result.DriftedNames.Select(n => (JsonNode?)n).ToArray()),
            ["columns"] = columns,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode? Finite(double value) => double.IsFinite(value) ? value : null;
}
