using System.Text.Json;
using System.Text.Json.Serialization;
using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Registry;

namespace Osprey.Cli.Learning;

/// <summary>The <c>--json</c> documents of train, evaluate and predict: snake_case, absent values left out, non-finite metrics dropped.</summary>
internal static class LearningJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Training(Terminal terminal, TrainingJobResult result) => terminal.Json(new
    {
        result.ExperimentId,
        result.ExperimentName,
        result.RunId,
        result.RunName,
        Learner = result.Model.Info.Learner,
        Task = ModelArtifacts.TaskName(result.Model.Info.Task),
        result.Outcome.BestIteration,
        Data = new
        {
            result.Outcome.Data.Fingerprint.Digest,
            result.Outcome.Data.Rows,
            result.Outcome.Data.TrainRows,
            result.Outcome.Data.ValidationRows,
            result.Outcome.Data.TestRows,
            Missing = result.Outcome.Data.Missing.Select(m => new { m.Column, m.Missing, m.Handling }),
        },
        TestMetrics = Finite(result.Outcome.Test?.Metrics),
        Gate = Gate(result.Gate),
        RegisteredModel = Version(result.Version),
    }, Options);

    public static void Import(Terminal terminal, ModelImportResult result) => terminal.Json(new
    {
        result.ExperimentId,
        result.ExperimentName,
        result.RunId,
        result.RunName,
        Learner = result.Model.Info.Learner,
        Task = ModelArtifacts.TaskName(result.Model.Info.Task),
        TestMetrics = Finite(result.Evaluation?.Metrics),
        Gate = Gate(result.Gate),
        RegisteredModel = Version(result.Version),
    }, Options);

    public static void Evaluation(Terminal terminal, EvaluationJobResult result) => terminal.Json(new
    {
        Model = result.Model.Reference,
        result.Model.Source,
        Version = result.Model.Version?.Version,
        result.Model.RunId,
        Part = TrainingSplit.Name(result.Part),
        result.Rows,
        result.Threshold,
        Metrics = Finite(result.Report.Metrics),
        Classes = result.Model.Model.Info.Classes.Count > 0 ? result.Model.Model.Info.Classes : null,
        ConfusionMatrix = result.Report.Confusion,
        Gate = Gate(result.Gate),
        result.LoggedRunId,
    }, Options);

    public static void Scoring(Terminal terminal, BatchScoringResult result, string output) => terminal.Json(new
    {
        Model = result.Model.Reference,
        result.Model.Source,
        result.Rows,
        Output = Path.GetFullPath(output),
        result.Columns,
        Seconds = result.Elapsed.TotalSeconds,
        result.RowsPerSecond,
        result.UnknownCategories,
    }, Options);

    private static Dictionary<string, double>? Finite(IReadOnlyDictionary<string, double>? metrics) =>
        metrics?.Where(m => double.IsFinite(m.Value)).ToDictionary(m => m.Key, m => m.Value);

    private static object? Gate(GateResult gate) =>
        gate.Gates.Count == 0 ? null : new { gate.Passed, Gates = gate.Gates.Select(g => g.ToString()), gate.Failures };

    private static object? Version(ModelVersion? version) =>
        version is null ? null : new { version.Name, Version = version.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), version.Source, version.Aliases };
}
