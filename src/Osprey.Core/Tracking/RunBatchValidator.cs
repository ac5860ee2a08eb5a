namespace Osprey.Core.Tracking;

/// <summary>Checks a log-batch against MLflow's limits and key rules before anything is written.</summary>
public static class RunBatchValidator
{
    /// <summary>Throws <see cref="ErrorCode.InvalidParameter"/> naming the first offending entry or limit.</summary>
    public static void Validate(RunBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Limit(batch.Metrics.Count, TrackingLimits.MaxBatchMetrics, "metrics");
        Limit(batch.Params.Count, TrackingLimits.MaxBatchParams, "params");
        Limit(batch.Tags.Count, TrackingLimits.MaxBatchTags, "tags");
        var total = batch.Metrics.Count + batch.Params.Count + batch.Tags.Count;
        if (total > TrackingLimits.MaxBatchEntities)
        {
            throw OspreyException.Invalid($"A batch logging request can contain at most {TrackingLimits.MaxBatchEntities} metrics, params and tags in total; got {total}.");
        }
        // A batch usually repeats a handful of metric keys many times: check each distinct key once.
        var checkedKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Metrics.Count; i++)
        {
            var key = batch.Metrics[i].Key;
            if (key is null || !checkedKeys.Contains(key))
            {
                EntityValidator.Key(key, $"metrics[{i}].key");
                checkedKeys.Add(key!);
            }
        }
        for (var i = 0; i < batch.Params.Count; i++)
        {
            var param = batch.Params[i];
            EntityValidator.Key(param.Key, $"params[{i}].key");
            EntityValidator.Length(param.Value, TrackingLimits.MaxParamValueLength, $"params[{i}].value");
        }
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var param in batch.Params)
        {
            if (seen.TryGetValue(param.Key, out var earlier) && earlier != param.Value)
            {
                throw new OspreyException(ErrorCode.Conflict, $"Param '{param.Key}' appears twice in the batch with different values ('{earlier}' and '{param.Value}').");
            }
            seen[param.Key] = param.Value;
        }
        Tags(batch.Tags);
    }

    /// <summary>Checks tags and returns them.</summary>
    public static IReadOnlyList<Tag> Tags(IReadOnlyList<Tag> tags)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            EntityValidator.Key(tags[i].Key, $"tags[{i}].key");
            EntityValidator.Length(tags[i].Value, TrackingLimits.MaxTagValueLength, $"tags[{i}].value");
        }
        return tags;
    }

    /// <summary>Checks data set inputs against MLflow's limits (name 500, digest 36, source 64 KB, schema 1 MB, profile 16 MB).</summary>
    public static void Inputs(IReadOnlyList<DatasetInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        for (var i = 0; i < inputs.Count; i++)
        {
            var dataset = inputs[i].Dataset ?? throw OspreyException.Invalid($"'datasets[{i}].dataset' is required.");
            var at = $"datasets[{i}].dataset";
            EntityValidator.Required(dataset.Name, at + ".name");
            EntityValidator.Required(dataset.Digest, at + ".digest");
            EntityValidator.Length(dataset.Name, 500, at + ".name");
            EntityValidator.Length(dataset.Digest, 36, at + ".digest");
            EntityValidator.Length(dataset.Source, 65_535, at + ".source");
            EntityValidator.Length(dataset.Schema, 1_048_575, at + ".schema");
            EntityValidator.Length(dataset.Profile, 16_777_215, at + ".profile");
            foreach (var tag in inputs[i].Tags)
            {
                EntityValidator.Length(tag.Key, 255, $"datasets[{i}].tags.key");
                EntityValidator.Length(tag.Value, 500, $"datasets[{i}].tags.value");
            }
        }
    }

    private static void Limit(int count, int max, string what)
    {
        if (count > max)
        {
            throw OspreyException.Invalid($"A batch logging request can contain at most {max} {what}; got {count}.");
        }
    }
}
