using Osprey.Core.Tracking;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Server.Api;

/// <summary>Builds the <see cref="RunBatch"/> behind log-batch, log-metric, log-parameter and set-tag, naming any missing member by its index.</summary>
internal static class RunBatchMapping
{
    /// <summary>Maps a log-batch body; limits and key rules are checked by the run service.</summary>
    public static RunBatch ToRunBatch(this LogBatchRequest request)
    {
        var metrics = request.Metrics is { Count: > 0 } m ? new Metric[m.Count] : [];
        for (var i = 0; i < metrics.Length; i++)
        {
            var dto = request.Metrics![i] ?? throw ApiRequest.Missing($"metrics[{i}]");
            metrics[i] = new Metric(dto.Key ?? throw ApiRequest.Missing($"metrics[{i}].key"), dto.Value, dto.Timestamp, dto.Step);
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

    public static RunBatch ToRunBatch(this LogMetricRequest request)
    {
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
