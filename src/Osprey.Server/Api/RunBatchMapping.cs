using Osprey.Core.Tracking;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Server.Api;

/// <summary>Builds the <see cref="RunBatch"/> behind log-batch, log-metric, log-parameter and set-tag, naming any missing member by its index.</summary>
internal static class RunBatchMapping
{
    /// <summary>Maps a log-batch body; limits and key rules are checked by the run service.</summary>
    /// <remarks>Metrics that name a logged model (MLflow 3) are left out: the logged model service links them and adds them to the run's history.</remarks>
    public static RunBatch ToRunBatch(this LogBatchRequest request)
    {
        var count = request.Metrics?.Count ?? 0;
        var linked = request.Metrics?.Count(m => !string.IsNullOrEmpty(m?.ModelId)) ?? 0;
        var metrics = count > linked ? new Metric[count - linked] : [];
        for (int i = 0, next = 0; i < count; i++)
        {
            var dto = request.Metrics![i] ?? throw ApiRequest.Missing($"metrics[{i}]");
            if (string.IsNullOrEmpty(dto.ModelId))
            {
                metrics[next++] = new Metric(dto.Key ?? throw ApiRequest.Missing($"metrics[{i}].key"), dto.Value, dto.Timestamp, dto.Step);
            }
        }
        var parameters = request.Params is { Count: > 0 } p ? new Param[p.Count] : [];
        for (var i = 0; i < parameters.Length; i++)
        {
            var dto = request.Params![i] ?? throw ApiRequest.Missing($"params[{i}]");
            parameters[i] = new Param(
                dto.Key ?? throw ApiRequest.Missing($"params[{i}].key"),
                dto.Value ?? throw ApiRequest.Missing($"params[{i}].value"));
        }
        return new RunBatch(metrics, parameters, request.Tags.ToDomain());
    }

    /// <summary>Maps a log-metric body; one that names a logged model maps to an empty batch, as the logged model service records it.</summary>
    public static RunBatch ToRunBatch(this LogMetricRequest request)
    {
        if (!string.IsNullOrEmpty(request.ModelId))
        {
            return RunBatch.Empty;
        }
        var metric = new Metric(
            ApiRequest.Required(request.Key, "key"),
            ApiRequest.Required(request.Value, "value"),
            ApiRequest.Required(request.Timestamp, "timestamp"),
            request.Step ?? 0);
        return new RunBatch([metric], [], []);
    }

    public static RunBatch ToRunBatch(this LogParamRequest request)
    {
        var param = new Param(ApiRequest.Required(request.Key, "key"), request.Value ?? throw ApiRequest.Missing("value"));
        return new RunBatch([], [param], []);
    }

    public static RunBatch ToRunBatch(this SetRunTagRequest request)
    {
        var tag = new Tag(ApiRequest.Required(request.Key, "key"), request.Value ?? throw ApiRequest.Missing("value"));
        return new RunBatch([], [], [tag]);
    }
}
