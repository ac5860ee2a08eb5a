using Osprey.Core;
using Osprey.Core.Tracking;

namespace Osprey.Server.Contracts.Tracking;

/// <summary>Maps tracking entities to their MLflow JSON shapes and back; empty lists become absent members, as in MLflow.</summary>
public static class TrackingMapping
{
    /// <summary>Maps the Experiment to its MLflow JSON shape.</summary>
    public static ExperimentDto ToDto(this Experiment experiment) => new(
        experiment.Id.ToString(),
        experiment.Name,
        experiment.ArtifactLocation,
        TrackingEnumNames.Name(experiment.LifecycleStage),
        experiment.LastUpdateTime,
        experiment.CreationTime,
        experiment.Tags.ToDto());

    /// <summary>Maps the ExperimentDto back to the domain; a malformed member throws <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static Experiment ToDomain(this ExperimentDto dto) => new(
        ExperimentId.Parse(dto.ExperimentId),
        dto.Name,
        dto.ArtifactLocation ?? "",
        TrackingEnumNames.ParseLifecycleStage(dto.LifecycleStage),
        dto.CreationTime ?? 0,
        dto.LastUpdateTime ?? 0,
        dto.Tags.ToDomain());

    /// <summary>Maps the Run to its MLflow JSON shape.</summary>
    public static RunDto ToDto(this Run run) => new(
        run.Info.ToDto(),
        new RunDataDto(
            run.Metrics.Count == 0 ? null : run.Metrics.Select(m => m.ToDto()).ToArray(),
            run.Params.Count == 0 ? null : run.Params.Select(p => new ParamDto(p.Key, p.Value)).ToArray(),
            run.Tags.ToDto()),
        new RunInputsDto(run.Inputs.Count == 0 ? null : run.Inputs.Select(i => i.ToDto()).ToArray()));

    /// <summary>Maps the RunDto back to the domain; a malformed member throws <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static Run ToDomain(this RunDto dto) => new(
        dto.Info.ToDomain(),
        dto.Data.Metrics?.Select(m => m.ToDomain()).ToArray() ?? [],
        dto.Data.Params?.Select(p => new Param(p.Key, p.Value)).ToArray() ?? [],
        dto.Data.Tags.ToDomain(),
        dto.Inputs?.DatasetInputs?.Select((d, i) => d.ToDomain(i)).ToArray() ?? []);

    /// <summary>Maps the RunInfo to its MLflow JSON shape.</summary>
    public static RunInfoDto ToDto(this RunInfo info)
    {
        var id = info.RunId.Value;
        return new RunInfoDto(
            id,
            id,
            info.RunName,
            info.ExperimentId.ToString(),
            info.UserId,
            TrackingEnumNames.Name(info.Status),
            info.StartTime,
            info.EndTime,
            info.ArtifactUri,
            TrackingEnumNames.Name(info.LifecycleStage));
    }

    /// <summary>Maps the RunInfoDto back to the domain; a malformed member throws <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static RunInfo ToDomain(this RunInfoDto dto) => new(
        RunId.Parse(dto.RunId ?? dto.RunUuid),
        ExperimentId.Parse(dto.ExperimentId),
        dto.RunName ?? "",
        dto.UserId ?? "",
        TrackingEnumNames.ParseRunStatus(dto.Status),
        dto.StartTime,
        dto.EndTime,
        dto.ArtifactUri ?? "",
        TrackingEnumNames.ParseLifecycleStage(dto.LifecycleStage));

    /// <summary>Maps the Metric to its MLflow JSON shape.</summary>
    public static MetricDto ToDto(this Metric metric) => new(metric.Key, metric.Value, metric.Timestamp, metric.Step);

    /// <summary>Maps the MetricDto back to a metric.</summary>
    public static Metric ToDomain(this MetricDto dto) => new(dto.Key, dto.Value, dto.Timestamp, dto.Step);

    /// <summary>Maps the DatasetInput to its MLflow JSON shape.</summary>
    public static DatasetInputDto ToDto(this DatasetInput input) => new(
        input.Tags.ToDto(),
        new DatasetDto(input.Dataset.Name, input.Dataset.Digest, input.Dataset.SourceType, input.Dataset.Source, input.Dataset.Schema, input.Dataset.Profile));

    /// <summary>Maps a data set input, requiring MLflow's mandatory members and naming the missing one.</summary>
    public static DatasetInput ToDomain(this DatasetInputDto dto, int index)
    {
        var field = $"datasets[{index}].dataset";
        var dataset = dto.Dataset ?? throw Missing(field);
        return new DatasetInput(
            new Dataset(
                dataset.Name ?? throw Missing(field + ".name"),
                dataset.Digest ?? throw Missing(field + ".digest"),
                dataset.SourceType ?? throw Missing(field + ".source_type"),
                dataset.Source ?? throw Missing(field + ".source"),
                dataset.Schema,
                dataset.Profile),
            dto.Tags.ToDomain($"datasets[{index}].tags"));
    }

    /// <summary>Maps tags to their MLflow JSON shape, absent when empty.</summary>
    public static IReadOnlyList<TagDto>? ToDto(this IReadOnlyList<Tag> tags)
    {
        if (tags.Count == 0)
        {
            return null;
        }
        var result = new TagDto[tags.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new TagDto(tags[i].Key, tags[i].Value);
        }
        return result;
    }

    /// <summary>Maps tags from a request; a tag without a key or value is rejected, naming it as <c>field[i].key</c>.</summary>
    public static IReadOnlyList<Tag> ToDomain(this IReadOnlyList<TagDto>? tags, string field = "tags")
    {
        if (tags is null || tags.Count == 0)
        {
            return [];
        }
        var result = new Tag[tags.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var tag = tags[i] ?? throw Missing($"{field}[{i}]");
            result[i] = new Tag(tag.Key ?? throw Missing($"{field}[{i}].key"), tag.Value ?? throw Missing($"{field}[{i}].value"));
        }
        return result;
    }

    private static OspreyException Missing(string field) => OspreyException.Invalid($"Missing value for required parameter '{field}'.");
}
