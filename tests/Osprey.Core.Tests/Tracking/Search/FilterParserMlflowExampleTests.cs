using Osprey.Core.Tracking.Search;
using Xunit;

namespace Osprey.Core.Tests.Tracking.Search;

/// <summary>The example filters from MLflow's search documentation, which Osprey must accept unchanged.</summary>
public sealed class FilterParserMlflowExampleTests
{
    [Theory]
    [InlineData("metrics.accuracy > 0.92", "metrics.accuracy > 0.92")]
    [InlineData("attributes.status = \"FINISHED\"", "attributes.status = 'FINISHED'")]
    [InlineData("attributes.status = \"FAILED\"", "attributes.status = 'FAILED'")]
    [InlineData("attributes.created > 1670628787527", "attributes.start_time > 1670628787527")]
    [InlineData("attributes.Created > 1670628787527", "attributes.start_time > 1670628787527")]
    [InlineData("attributes.start_time > 1670628787527", "attributes.start_time > 1670628787527")]
    [InlineData("metrics.`f1 score` > 0.5", "metrics.`f1 score` > 0.5")]
    [InlineData("tags.`mlflow.user` = 'john@mlflow.com'", "tags.mlflow.user = 'john@mlflow.com'")]
    [InlineData("tags.`mlflow.user` = ''", "tags.mlflow.user = ''")]
    [InlineData("tags.`model` LIKE 'sklearn%'", "tags.model LIKE 'sklearn%'")]
    [InlineData("tags.`type` ILIKE '%Logistic%'", "tags.type ILIKE '%Logistic%'")]
    [InlineData("attributes.`run_name` ILIKE \"%alpha%\"", "attributes.run_name ILIKE '%alpha%'")]
    [InlineData("attributes.`run name` ILIKE \"%alpha%\"", "attributes.run_name ILIKE '%alpha%'")]
    [InlineData("attributes.`Run name` ILIKE \"%alpha%\"", "attributes.run_name ILIKE '%alpha%'")]
    [InlineData("attributes.`Run Name` IN ('alpha', 'beta', 'gamma')", "attributes.run_name IN ('alpha', 'beta', 'gamma')")]
    [InlineData(
        "params.alpha = \"0.3\" and params.lambda = \"0.001\" and metrics.error <= 0.05",
        "params.alpha = '0.3' AND params.lambda = '0.001' AND metrics.error <= 0.05")]
    [InlineData(
        "params.model = \"LogisticRegression\" and params.lambda = \"0.001\" and metrics.error <= 0.05",
        "params.model = 'LogisticRegression' AND params.lambda = '0.001' AND metrics.error <= 0.05")]
    [InlineData("params.\"model-type\" = 'a'", "params.model-type = 'a'")]
    [InlineData("metrics.`error rate` < 0.1", "metrics.`error rate` < 0.1")]
    [InlineData("metrics.\"2019-04-02 error rate\" < 0.1", "metrics.`2019-04-02 error rate` < 0.1")]
    [InlineData("metrics.rmse < 1 and params.model_class = 'LogisticRegression'", "metrics.rmse < 1 AND params.model_class = 'LogisticRegression'")]
    [InlineData("attributes.run_id IN ('a1b2c3', 'd4e5f6')", "attributes.run_id IN ('a1b2c3', 'd4e5f6')")]
    [InlineData("datasets.digest IN ('s8ds293b', 'jks834s2')", "datasets.digest IN ('s8ds293b', 'jks834s2')")]
    [InlineData("datasets.name LIKE '%custom%'", "datasets.name LIKE '%custom%'")]
    [InlineData("datasets.context = 'train'", "datasets.context = 'train'")]
    [InlineData("attributes.artifact_uri = 's3://bucket/0/abc/artifacts'", "attributes.artifact_uri = 's3://bucket/0/abc/artifacts'")]
    [InlineData("attributes.user_id = 'user1'", "attributes.user_id = 'user1'")]
    [InlineData("attributes.end_time < 1670628787527", "attributes.end_time < 1670628787527")]
    [InlineData("metrics.loss >= -1.5 and metrics.loss < 1e-3", "metrics.loss >= -1.5 AND metrics.loss < 0.001")]
    public void Parse_MlflowRunExample_Accepted(string filter, string canonical) =>
        FilterAssert.Parses(filter, canonical);

    [Theory]
    [InlineData("name = 'Default'", "attributes.name = 'Default'")]
    [InlineData("name LIKE 'x%'", "attributes.name LIKE 'x%'")]
    [InlineData("attribute.name ILIKE '%churn%'", "attributes.name ILIKE '%churn%'")]
    [InlineData("tags.owner = 'ann' and creation_time > 1670628787527", "tags.owner = 'ann' AND attributes.creation_time > 1670628787527")]
    [InlineData("last_update_time <= 5", "attributes.last_update_time <= 5")]
    public void Parse_ExperimentExample_Accepted(string filter, string canonical) =>
        FilterAssert.Parses(filter, canonical, SearchFieldSet.Experiments);

    [Theory]
    [InlineData("name = 'my-model'", "attributes.name = 'my-model'")]
    [InlineData("name LIKE 'sklearn%'", "attributes.name LIKE 'sklearn%'")]
    [InlineData("tags.key = 'value'", "tags.key = 'value'")]
    [InlineData("creation_timestamp > 10 or last_updated_timestamp < 5", "attributes.creation_timestamp > 10 OR attributes.last_updated_timestamp < 5")]
    public void Parse_RegisteredModelExample_Accepted(string filter, string canonical) =>
        FilterAssert.Parses(filter, canonical, SearchFieldSet.RegisteredModels);

    [Theory]
    [InlineData("name='sklearn-model'", "attributes.name = 'sklearn-model'")]
    [InlineData("run_id = 'abc123'", "attributes.run_id = 'abc123'")]
    [InlineData("run_id IN ('a', 'b')", "attributes.run_id IN ('a', 'b')")]
    [InlineData("source_path = 's3://bucket/model'", "attributes.source = 's3://bucket/model'")]
    [InlineData("name = 'churn' and version_number >= 3", "attributes.name = 'churn' AND attributes.version_number >= 3")]
    [InlineData("current_stage = 'production'", "attributes.current_stage = 'Production'")]
    [InlineData("current_stage IN ('None', 'STAGING')", "attributes.current_stage IN ('None', 'Staging')")]
    [InlineData("tags.validated = 'true'", "tags.validated = 'true'")]
    public void Parse_ModelVersionExample_Accepted(string filter, string canonical) =>
        FilterAssert.Parses(filter, canonical, SearchFieldSet.ModelVersions);

    [Theory]
    [InlineData("metrics.f1 > 1", 0, "experiments cannot be filtered by metrics (use attributes. or tags.)")]
    [InlineData("datasets.name = 'x'", 0, "experiments cannot be filtered by datasets")]
    [InlineData("experiment_id = '1'", 0, "experiments cannot be filtered by experiment_id (known: name, creation_time, last_update_time)")]
    [InlineData("status = 'RUNNING'", 0, "unknown attribute 'status' (known: name, creation_time, last_update_time); name tags with a prefix, e.g. tags.status")]
    [InlineData("creation_time > 'yesterday'", 16, "attribute creation_time compares with numbers, not strings")]
    [InlineData("> 1", 0, "expected a field such as name or tags.team but found '>'")]
    public void Parse_ExperimentFilterOutsideItsFields_Fails(string filter, int position, string message) =>
        FilterAssert.Fails(filter, position, message, SearchFieldSet.Experiments);

    [Theory]
    [InlineData("version_number = '3'", 17, "attribute version_number compares with numbers, not strings: use version_number = 3")]
    [InlineData("current_stage = 'Prod'", 16, "unknown current_stage 'Prod' (expected None, Staging, Production or Archived)")]
    [InlineData("params.x = 'a'", 0, "model versions cannot be filtered by params (use attributes. or tags.)")]
    [InlineData("source_path < 'a'", 12, "'<' is not allowed for attribute source")]
    public void Parse_ModelVersionFilterOutsideItsFields_Fails(string filter, int position, string message) =>
        FilterAssert.Fails(filter, position, message, SearchFieldSet.ModelVersions);
}
