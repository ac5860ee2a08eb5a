using System.Text.Json;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Pipelines.Templates;
using static Osprey.Core.Pipelines.Tasks.SettingKind;

namespace Osprey.Core.Pipelines.Tasks.Learning;

/// <summary>The learning task types (train, evaluate, register, promote, batch_predict) with the settings each accepts.</summary>
public static class LearningTaskTypes
{
    /// <summary>Trains a model on a CSV file and records it in a run.</summary>
    public static SchemaTaskType Train { get; } = new("train", "Trains a model on a CSV file, records a run, and outputs the test metrics, run_id and model_uri.", new(
        new SettingField("data", Text, Required: true, "the CSV file to train on"),
        new SettingField("target", Text, Required: true, "the column to predict"),
        new SettingField("model", Text, Description: "the learner: gbdt (default), random_forest, logistic_regression or linear_regression"),
        new SettingField("params", Map, Description: "learner parameters, such as trees: 50"),
        new SettingField("experiment", Text), new SettingField("run_name", Text),
        new SettingField("exclude", List, Description: "columns that must not become features"),
        new SettingField("seed", WholeNumber), new SettingField("min_metric", Map, Description: "gates on the test metrics, such as f1: 0.5"),
        new SettingField("register", Text, Description: "a registered model name to add the version to when the gates pass")),
        task => CheckMetricMap(task, "min_metric"));

    /// <summary>Evaluates one model, or picks the best of several candidates, on a CSV file.</summary>
    public static SchemaTaskType Evaluate { get; } = new("evaluate", "Evaluates a model (or the best of several candidates by a metric) on a CSV file and fails below the min_metric gate.", new(
        new SettingField("model", Text, Description: "a model reference: models:/NAME@ALIAS, runs:/RUN/model or a run id"),
        new SettingField("candidates", List, Description: "several model references or run ids; the best by 'metric' is kept"),
        new SettingField("metric", Text, Description: "the metric candidates are ranked by (default f1)"),
        new SettingField("data", Text, Required: true, "the CSV file to evaluate on"),
        new SettingField("part", Text, Description: "all, train, validation or test (default test: the model's held-out rows)"),
        new SettingField("min_metric", Map, Description: "gates, such as f1: 0.5")),
        task => CheckEvaluate(task));

    /// <summary>Registers a run's model as a new version of a registered model.</summary>
    public static SchemaTaskType Register { get; } = new("register", "Registers runs:/RUN/model as a new version of a registered model (created when missing).", new(
        new SettingField("run_id", Text, Required: true, "the run whose model to register (a runs:/RUN/model reference works too)"),
        new SettingField("model", Text, Required: true, "the registered model name"),
        new SettingField("alias", Text, Description: "an alias to point at the new version at once")));

    /// <summary>Moves an alias to a candidate only when it beats the current holder.</summary>
    public static SchemaTaskType Promote { get; } = new("promote", "Moves an alias to a candidate version only if its metric beats the current holder's by a margin; archives the old one.", new(
        new SettingField("model", Text, Required: true, "the registered model name"),
        new SettingField("version", WholeNumber, Required: true, "the candidate version"),
        new SettingField("alias", Text, Description: "the alias to move (default champion)"),
        new SettingField("metric", Text, Description: "the test metric compared (default f1)"),
        new SettingField("margin", Number, Description: "how much higher the candidate must score (default 0)"),
        new SettingField("stage", Text, Description: "a stage to move it to as well, archiving the others (default Production; 'none' to skip)")),
        task => CheckKnownMetric(task, "metric"));

    /// <summary>Scores a CSV file with a model and writes the predictions under the workspace.</summary>
    public static SchemaTaskType BatchPredict { get; } = new("batch_predict", "Scores a CSV file with a model and writes OUTPUT/part-00000.csv under the workspace.", new(
        new SettingField("model", Text, Required: true, "a model reference such as models:/churn@champion"),
        new SettingField("data", Text, Required: true, "the CSV file to score"),
        new SettingField("output", Text, Description: "the folder under the workspace (default predictions/PIPELINE/RUN)"),
        new SettingField("summary_threshold", Number, Description: "outputs rows_above_threshold: rows whose positive probability is at least this (default 0.5)"),
        new SettingField("keep", List, Description: "input columns to copy besides the identifiers")));

    /// <summary>Gets every learning type.</summary>
    public static IReadOnlyList<ITaskType> All { get; } = [Train, Evaluate, Register, Promote, BatchPredict];

    /// <summary>Gets the built-in types together with the learning types.</summary>
    public static TaskTypeCatalog Catalog { get; } = new(BuiltInTaskTypes.All.Concat(All).Concat(Monitoring.MonitoringTaskTypes.All));

    private static IEnumerable<PipelineProblem> CheckEvaluate(TaskDefinition task)
    {
        var hasModel = task.Settings["model"] is not null;
        var hasCandidates = task.Settings["candidates"] is not null;
        if (hasModel == hasCandidates)
        {
            var field = $"tasks.{task.Id}.with";
            yield return new(field, $"{field} needs exactly one of 'model' (one model) or 'candidates' (several to choose from)");
        }
        foreach (var problem in CheckKnownMetric(task, "metric").Concat(CheckMetricMap(task, "min_metric")))
        {
            yield return problem;
        }
    }

    private static IEnumerable<PipelineProblem> CheckKnownMetric(TaskDefinition task, string name)
    {
        if (task.Settings[name] is TemplatedLiteral { Value.ValueKind: JsonValueKind.String } literal && !MetricGate.KnownMetrics.Contains(literal.Value.GetString()!))
        {
            var field = $"tasks.{task.Id}.with.{name}";
            yield return new(field, $"{field} names '{literal.Value.GetString()}', which Osprey does not compute; choose one of: {string.Join(", ", MetricGate.KnownMetrics)}");
        }
    }

    private static IEnumerable<PipelineProblem> CheckMetricMap(TaskDefinition task, string name)
    {
        if (task.Settings[name] is TemplatedLiteral { Value.ValueKind: JsonValueKind.Object } literal)
        {
            foreach (var metric in literal.Value.EnumerateObject().Where(p => !MetricGate.KnownMetrics.Contains(p.Name)))
            {
                var field = $"tasks.{task.Id}.with.{name}.{metric.Name}";
                yield return new(field, $"{field} is not a metric Osprey computes; choose one of: {string.Join(", ", MetricGate.KnownMetrics)}");
            }
        }
    }
}
