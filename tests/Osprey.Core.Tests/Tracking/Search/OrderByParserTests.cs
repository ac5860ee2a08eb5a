using Osprey.Core.Tracking.Search;
using Xunit;

namespace Osprey.Core.Tests.Tracking.Search;

public sealed class OrderByParserTests
{
    [Theory]
    [InlineData("metrics.f1 DESC", FieldKind.Metric, "f1", false)]
    [InlineData("metrics.f1 desc", FieldKind.Metric, "f1", false)]
    [InlineData("metrics.f1", FieldKind.Metric, "f1", true)]
    [InlineData("  metrics.f1   ASC  ", FieldKind.Metric, "f1", true)]
    [InlineData("params.model ASC", FieldKind.Param, "model", true)]
    [InlineData("tags.`mlflow.runName` DESC", FieldKind.Tag, "mlflow.runName", false)]
    [InlineData("metrics.\"val loss\" asc", FieldKind.Metric, "val loss", true)]
    [InlineData("metrics.`f1 score`", FieldKind.Metric, "f1 score", true)]
    [InlineData("attributes.start_time", FieldKind.Attribute, RunAttribute.StartTime, true)]
    [InlineData("attributes.created DESC", FieldKind.Attribute, RunAttribute.StartTime, false)]
    [InlineData("start_time DESC", FieldKind.Attribute, RunAttribute.StartTime, false)]
    [InlineData("attributes.`Run name`", FieldKind.Attribute, RunAttribute.RunName, true)]
    [InlineData("run name DESC", FieldKind.Attribute, RunAttribute.RunName, false)]
    [InlineData("status", FieldKind.Attribute, RunAttribute.Status, true)]
    public void Parse_RunSortKey_ReadsFieldAndDirection(string text, FieldKind kind, string key, bool ascending)
    {
        var result = OrderByParser.Parse(text, SearchFieldSet.Runs);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(new OrderByClause(new FieldRef(kind, key), ascending), result.Value);
    }

    [Theory]
    [InlineData("name", "experiments", ExperimentAttribute.Name, true)]
    [InlineData("name DESC", "experiments", ExperimentAttribute.Name, false)]
    [InlineData("experiment_id ASC", "experiments", ExperimentAttribute.ExperimentId, true)]
    [InlineData("last_update_time DESC", "experiments", ExperimentAttribute.LastUpdateTime, false)]
    [InlineData("timestamp DESC", "models", RegisteredModelAttribute.CreationTimestamp, false)]
    [InlineData("last_updated_timestamp", "models", RegisteredModelAttribute.LastUpdatedTimestamp, true)]
    [InlineData("version_number DESC", "versions", ModelVersionAttribute.VersionNumber, false)]
    [InlineData("attributes.creation_timestamp", "versions", ModelVersionAttribute.CreationTimestamp, true)]
    public void Parse_OtherEntitySortKey_ReadsAttribute(string text, string entity, string key, bool ascending)
    {
        var fields = entity switch
        {
            "experiments" => SearchFieldSet.Experiments,
            "models" => SearchFieldSet.RegisteredModels,
            _ => SearchFieldSet.ModelVersions,
        };

        var result = OrderByParser.Parse(text, fields);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(new OrderByClause(new FieldRef(FieldKind.Attribute, key), ascending), result.Value);
    }

    [Theory]
    [InlineData("", 0, "expected a field to order by, such as metrics.f1 DESC")]
    [InlineData("   ", 3, "expected a field to order by")]
    [InlineData("metrics.f1 DOWN", 11, "expected ASC or DESC after 'metrics.f1' but found 'DOWN'")]
    [InlineData("metrics.f1 DESC, params.m", 15, "expected the end of the order-by clause but found ','; give each sort key as its own order-by entry")]
    [InlineData("metrics.f1 DESC ASC", 16, "expected the end of the order-by clause but found 'ASC'")]
    [InlineData("metric_s.f1", 0, "unknown field prefix 'metric_s' (expected metrics., params., tags. or attributes.)")]
    [InlineData("datasets.name", 0, "runs cannot be ordered by datasets (use metrics., params., tags. or attributes.)")]
    [InlineData("colour DESC", 0, "unknown attribute 'colour' (known: run_id, run_name, status, start_time, end_time, user_id, artifact_uri)")]
    [InlineData("metrics.`val loss DESC", 8, "unterminated quoted name starting here")]
    [InlineData("> 1", 0, "expected a field such as")]
    public void Parse_BadRunSortKey_FailsWithPosition(string text, int position, string message)
    {
        var result = OrderByParser.Parse(text, SearchFieldSet.Runs);

        Assert.False(result.Success);
        Assert.Contains(message, result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(position, result.Error.Position);
    }

    [Theory]
    [InlineData("tags.owner", 0, "experiments cannot be ordered by tags (use attributes.)")]
    [InlineData("creation_timestamp", 0, "unknown attribute 'creation_timestamp' (known: name, experiment_id, creation_time, last_update_time)")]
    public void Parse_BadExperimentSortKey_FailsWithPosition(string text, int position, string message)
    {
        var result = OrderByParser.Parse(text, SearchFieldSet.Experiments);

        Assert.False(result.Success);
        Assert.Contains(message, result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(position, result.Error.Position);
    }

    [Theory]
    [InlineData("metrics.f1 DESC")]
    [InlineData("metrics.`val loss` ASC")]
    [InlineData("attributes.start_time ASC")]
    [InlineData("tags.mlflow.runName DESC")]
    public void Format_ParsedClause_RoundTrips(string canonical)
    {
        var parsed = OrderByParser.Parse(canonical, SearchFieldSet.Runs);

        Assert.Equal(canonical, FilterFormatter.Format(parsed.Value!));
    }
}
