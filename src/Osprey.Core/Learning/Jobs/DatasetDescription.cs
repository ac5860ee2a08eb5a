using System.Text.Json.Nodes;
using Osprey.Core.Data;
using Osprey.Core.Learning.Training;
using Osprey.Core.Tracking;

namespace Osprey.Core.Learning.Jobs;

/// <summary>Describes a data file as an MLflow data set input: name, digest, local source, column spec schema and a profile of rows and missing values.</summary>
public static class DatasetDescription
{
    /// <summary>The input tag MLflow reads a data set's role from (training, evaluation).</summary>
    public const string ContextTag = "mlflow.data.context";

    // MLflow limits a data set digest to 36 characters; 32 hex characters (128 bits) fit and the profile keeps the full SHA-256.
    private const int DigestLength = 32;

    /// <summary>Returns the data set input of a table read from <paramref name="file"/>, with the training report's facts when given.</summary>
    public static DatasetInput Describe(DataFile file, DataFingerprint fingerprint, Table table, DataReport? report, string context)
    {
        var profile = new JsonObject
        {
            ["num_rows"] = fingerprint.Rows,
            ["num_columns"] = table.Columns.Count,
            ["sha256"] = fingerprint.Digest,
        };
        if (report is not null)
        {
            profile["dropped_missing_target"] = report.DroppedMissingTarget;
            profile["train_rows"] = report.TrainRows;
            profile["validation_rows"] = report.ValidationRows;
            profile["test_rows"] = report.TestRows;
            profile["features"] = new JsonArray(report.Features.Select(f => JsonValue.Create(f)).ToArray<JsonNode?>());
            profile["ignored_columns"] = new JsonArray(report.IgnoredColumns.Select(c => JsonValue.Create(c)).ToArray<JsonNode?>());
            profile["missing"] = new JsonArray(report.Missing.Select(MissingNode).ToArray<JsonNode?>());
        }
        var dataset = new Dataset(file.Name, fingerprint.Digest[..DigestLength], "local",
            new JsonObject { ["uri"] = file.FullPath }.ToJsonString(), Schema(table), profile.ToJsonString());
        return new DatasetInput(dataset, [new Tag(ContextTag, context)]);
    }

    /// <summary>Returns MLflow's column spec of a table, such as <c>{"mlflow_colspec": [{"name": "tenure", "type": "long"}]}</c>.</summary>
    public static string Schema(Table table)
    {
        var columns = table.Columns.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Name,
            ["type"] = SpecType(c.Kind),
            ["osprey_kind"] = ColumnKindNames.Format(c.Kind),
            ["required"] = c.CountMissing() == 0,
        }).ToArray<JsonNode?>();
        return new JsonObject { ["mlflow_colspec"] = new JsonArray(columns) }.ToJsonString();
    }

    private static JsonObject MissingNode(MissingValueNote note) => new()
    {
        ["column"] = note.Column,
        ["missing"] = note.Missing,
        ["rows"] = note.Rows,
        ["handling"] = note.Handling,
    };

    private static string SpecType(ColumnKind kind) => kind switch
    {
        ColumnKind.Numeric => "double",
        ColumnKind.Integer => "long",
        ColumnKind.Boolean => "boolean",
        ColumnKind.DateTime => "datetime",
        _ => "string",
    };
}
