using Osprey.Core.Tracking.Search;
using Xunit;

namespace Osprey.Core.Tests.Tracking.Search;

public sealed class FilterParserFieldTests
{
    [Theory]
    [InlineData("metrics.x = 1", FieldKind.Metric)]
    [InlineData("metric.x = 1", FieldKind.Metric)]
    [InlineData("Metrics.x = 1", FieldKind.Metric)]
    [InlineData("params.x = '1'", FieldKind.Param)]
    [InlineData("param.x = '1'", FieldKind.Param)]
    [InlineData("parameter.x = '1'", FieldKind.Param)]
    [InlineData("parameters.x = '1'", FieldKind.Param)]
    [InlineData("tags.x = '1'", FieldKind.Tag)]
    [InlineData("tag.x = '1'", FieldKind.Tag)]
    [InlineData("datasets.name = '1'", FieldKind.Dataset)]
    [InlineData("dataset.name = '1'", FieldKind.Dataset)]
    [InlineData("`metrics`.x = 1", FieldKind.Metric)]
    public void Parse_PrefixSpelling_MapsToKind(string filter, FieldKind kind)
    {
        var comparison = ParseComparison(filter);

        Assert.Equal(kind, comparison.Field.Kind);
        Assert.Equal(kind == FieldKind.Dataset ? "name" : "x", comparison.Field.Key);
    }

    [Theory]
    [InlineData("attributes.status = 'RUNNING'")]
    [InlineData("attribute.status = 'RUNNING'")]
    [InlineData("attr.status = 'RUNNING'")]
    [InlineData("run.status = 'RUNNING'")]
    [InlineData("status = 'RUNNING'")]
    [InlineData("STATUS = 'RUNNING'")]
    [InlineData("`status` = 'RUNNING'")]
    [InlineData("attributes.`status` = 'RUNNING'")]
    [InlineData("attributes.\"status\" = 'RUNNING'")]
    public void Parse_AttributeSpelling_MapsToCanonicalAttribute(string filter)
    {
        var comparison = ParseComparison(filter);

        Assert.Equal(new FieldRef(FieldKind.Attribute, RunAttribute.Status), comparison.Field);
    }

    [Theory]
    [InlineData("attributes.created > 1", RunAttribute.StartTime)]
    [InlineData("attributes.Created > 1", RunAttribute.StartTime)]
    [InlineData("created > 1", RunAttribute.StartTime)]
    [InlineData("attributes.`run name` = 'a'", RunAttribute.RunName)]
    [InlineData("attributes.`Run name` = 'a'", RunAttribute.RunName)]
    [InlineData("attributes.`Run Name` = 'a'", RunAttribute.RunName)]
    [InlineData("`Run name` = 'a'", RunAttribute.RunName)]
    [InlineData("\"run name\" = 'a'", RunAttribute.RunName)]
    [InlineData("run name = 'a'", RunAttribute.RunName)]
    [InlineData("Run Name LIKE 'a%'", RunAttribute.RunName)]
    [InlineData("run_name = 'a'", RunAttribute.RunName)]
    [InlineData("attributes.run_id = 'a'", RunAttribute.RunId)]
    [InlineData("run_id = 'a'", RunAttribute.RunId)]
    [InlineData("user_id = 'a'", RunAttribute.UserId)]
    [InlineData("artifact_uri = 'a'", RunAttribute.ArtifactUri)]
    [InlineData("end_time > 1", RunAttribute.EndTime)]
    public void Parse_RunAttributeAlias_MapsToCanonicalName(string filter, string canonical)
    {
        var comparison = ParseComparison(filter);

        Assert.Equal(new FieldRef(FieldKind.Attribute, canonical), comparison.Field);
    }

    [Theory]
    [InlineData("tags.`mlflow.runName` = 'a'", "mlflow.runName")]
    [InlineData("tags.\"mlflow.runName\" = 'a'", "mlflow.runName")]
    [InlineData("tags.mlflow.runName = 'a'", "mlflow.runName")]
    [InlineData("tags.mlflow.source.git.commit = 'a'", "mlflow.source.git.commit")]
    [InlineData("metrics.\"val loss\" < 1", "val loss")]
    [InlineData("metrics.`f1 score` > 1", "f1 score")]
    [InlineData("metrics.val/loss < 1", "val/loss")]
    [InlineData("params.lr-max = 'a'", "lr-max")]
    [InlineData("params.\"model-type\" = 'a'", "model-type")]
    [InlineData("metrics.\"2019-04-02 error rate\" < 1", "2019-04-02 error rate")]
    [InlineData("metrics.2019_acc < 1", "2019_acc")]
    [InlineData("metrics.größe < 1", "größe")]
    [InlineData("params.UPPER = 'a'", "UPPER")]
    public void Parse_KeyForm_KeepsKeyVerbatim(string filter, string key)
    {
        var comparison = ParseComparison(filter);

        Assert.Equal(key, comparison.Field.Key);
    }

    [Theory]
    [InlineData("datasets.NAME = 'a'", "name")]
    [InlineData("datasets.Digest = 'a'", "digest")]
    [InlineData("datasets.`context` = 'a'", "context")]
    public void Parse_DatasetField_IsCanonicalLowerCase(string filter, string key) =>
        Assert.Equal(new FieldRef(FieldKind.Dataset, key), ParseComparison(filter).Field);

    [Fact]
    public void Parse_QuotedKeyWithSpace_RendersWithBackticks() =>
        FilterAssert.Parses("metrics.\"val loss\" <= 0.1", "metrics.`val loss` <= 0.1");

    [Fact]
    public void Parse_KeyWithDotsAndSlashes_RendersUnquoted() =>
        FilterAssert.Parses("tags.`mlflow.source/name` = 'x'", "tags.mlflow.source/name = 'x'");

    [Fact]
    public void Parse_BareAttribute_RendersWithAttributesPrefix() =>
        FilterAssert.Parses("created > 5", "attributes.start_time > 5");

    private static Comparison ParseComparison(string filter)
    {
        var result = FilterParser.Parse(filter, SearchFieldSet.Runs);
        Assert.True(result.Success, $"'{filter}' failed {result.Error}");
        return Assert.IsType<Comparison>(result.Value);
    }
}
