using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>Maps logged models, run outputs and model-linked metrics to their MLflow JSON shapes and back; empty lists are omitted.</summary>
public static class LoggedModelMapping
{
    /// <summary>Maps the LoggedModel to its MLflow JSON shape.</summary>
    public static LoggedModelDto ToDto(this LoggedModel model) => new(
        new LoggedModelInfoDto(
            model.ModelId.Value,
            model.ExperimentId.ToString(),
            model.Name,
            model.CreationTimestamp,
            model.LastUpdatedTimestamp,
            model.ArtifactLocation,
            LoggedModelEnumNames.Name(model.Status),
            model.ModelType,
            model.SourceRunId,
            model.StatusMessage,
            model.Tags.ToDto(),
            model.LifecycleStage == LifecycleStage.Deleted ? TrackingEnumNames.Name(model.LifecycleStage) : null),
        new LoggedModelDataDto(
            model.Params.Count == 0 ? null : model.Params.Select(p => new ParamDto(p.Key, p.Value)).ToArray(),
            model.Metrics.Count == 0 ? null : model.Metrics.Select(m => m.ToDto()).ToArray()));

    /// <summary>Maps the LoggedModelDto back to the domain; a malformed member throws <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static LoggedModel ToDomain(this LoggedModelDto dto) => new(
        LoggedModelId.Parse(dto.Info.ModelId),
        ExperimentId.Parse(dto.Info.ExperimentId),
        dto.Info.Name,
        dto.Info.ModelType,
        dto.Info.SourceRunId,
        LoggedModelEnumNames.ParseStatus(dto.Info.Status),
        dto.Info.StatusMessage,
        dto.Info.ArtifactUri,
        dto.Info.CreationTimestampMs,
        dto.Info.LastUpdatedTimestampMs,
        TrackingEnumNames.ParseLifecycleStage(dto.Info.LifecycleStage),
        dto.Info.Tags.ToDomain(),
        dto.Data.Params.ToDomain(),
        dto.Data.Metrics?.Select(m => m.ToLinkedMetric(m.RunId ?? "")).OfType<LoggedModelMetric>().ToArray() ?? []);

    /// <summary>Maps a linked metric to MLflow's Metric shape, with its model, run and data set.</summary>
    public static MetricDto ToDto(this LoggedModelMetric metric) =>
        new(metric.Metric.Key, metric.Metric.Value, metric.Metric.Timestamp, metric.Metric.Step)
        {
            ModelId = metric.ModelId,
            RunId = metric.RunId,
            DatasetName = metric.DatasetName,
            DatasetDigest = metric.DatasetDigest,
        };

    /// <summary>Maps a run's outputs to GetRun's <c>outputs</c>, absent when the run produced no model.</summary>
    public static RunOutputsDto? ToDto(this IReadOnlyList<ModelOutput> outputs) =>
        outputs.Count == 0 ? null : new RunOutputsDto(outputs.Select(o => new ModelOutputDto(o.ModelId, o.Step)).ToArray());

    /// <summary>Maps the body of <c>POST logged-models</c>.</summary>
    public static Core.Tracking.LoggedModels.CreateLoggedModelRequest ToDomain(this CreateLoggedModelRequest request) => new(
        request.ExperimentId, request.Name, request.ModelType, request.SourceRunId, request.Params.ToDomain(), request.Tags.ToDomain());

    /// <summary>Maps the body of <c>logged-models/search</c>.</summary>
    public static LoggedModelSearchRequest ToSearch(this SearchLoggedModelsRequest request) => new(
        request.ExperimentIds ?? [],
        request.Filter,
        request.Datasets?.Select(d => new LoggedModelDataset(d?.DatasetName!, d?.DatasetDigest)).ToArray(),
        request.OrderBy?.Select(o => new LoggedModelOrderBy(o?.FieldName!, o?.Ascending, o?.DatasetName, o?.DatasetDigest)).ToArray(),
        ToInt32(request.MaxResults),
        request.PageToken);

    /// <summary>Maps the body of <c>runs/outputs</c>, naming a missing model id by its index.</summary>
    public static IReadOnlyList<ModelOutput> ToDomain(this IReadOnlyList<ModelOutputDto>? outputs) =>
        outputs?.Select((o, i) => new ModelOutput(o?.ModelId ?? throw Missing($"models[{i}].model_id"), o.Step ?? 0)).ToArray() ?? [];

    /// <summary>Maps params from a request; a param without a key or value is rejected, naming it as <c>params[i].key</c>.</summary>
    public static IReadOnlyList<Param> ToDomain(this IReadOnlyList<ParamDto>? parameters) =>
        parameters?.Select((p, i) => new Param(p?.Key ?? throw Missing($"params[{i}].key"), p.Value ?? throw Missing($"params[{i}].value"))).ToArray() ?? [];

    /// <summary>Gets the log-batch metrics that name a logged model (the run's own history receives them through the logged model service).</summary>
    public static IReadOnlyList<LoggedModelMetric> ToModelMetrics(this LogBatchRequest request, string runId) =>
        request.Metrics?.Select(m => m?.ToLinkedMetric(runId)).OfType<LoggedModelMetric>().ToArray() ?? [];

    /// <summary>Gets the log-metric observation when it names a logged model, else nothing.</summary>
    public static IReadOnlyList<LoggedModelMetric> ToModelMetrics(this LogMetricRequest request, string runId) =>
        string.IsNullOrEmpty(request.ModelId) ? [] :
        [
            new LoggedModelMetric(request.ModelId, runId,
                new Metric(request.Key ?? throw Missing("key"), request.Value ?? throw Missing("value"), request.Timestamp ?? throw Missing("timestamp"), request.Step ?? 0),
                NullIfEmpty(request.DatasetName), NullIfEmpty(request.DatasetDigest)),
        ];

    private static LoggedModelMetric? ToLinkedMetric(this MetricDto metric, string runId) =>
        string.IsNullOrEmpty(metric.ModelId) ? null : new LoggedModelMetric(
            metric.ModelId, runId, new Metric(metric.Key ?? throw Missing("metrics.key"), metric.Value, metric.Timestamp, metric.Step),
            NullIfEmpty(metric.DatasetName), NullIfEmpty(metric.DatasetDigest));

    private static int? ToInt32(long? value) => value switch
    {
        null => null,
        >= int.MinValue and <= int.MaxValue => (int)value.Value,
        _ => throw OspreyException.Invalid($"Invalid value {value} for parameter 'max_results': it is out of range."),
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static OspreyException Missing(string field) => OspreyException.Invalid($"Missing value for required parameter '{field}'.");
}
