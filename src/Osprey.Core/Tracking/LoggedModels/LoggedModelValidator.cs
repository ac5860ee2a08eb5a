using System.Buffers;

namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>Checks logged-model names, params, tags and linked metrics against MLflow's rules, throwing <see cref="ErrorCode.InvalidParameter"/> with the field named.</summary>
public static class LoggedModelValidator
{
    /// <summary>The most params or tags one request may carry (MLflow's client sends at most 100 params per request).</summary>
    public const int MaxEntriesPerRequest = 1000;

    /// <summary>The longest name or model type.</summary>
    public const int MaxNameLength = 500;

    // MLflow refuses these in logged model names: they delimit URIs and paths.
    private static readonly SearchValues<char> ForbiddenNameCharacters = SearchValues.Create("/:.%\"'");

    /// <summary>Returns the name, or a generated one such as <c>brave-heron-417</c> when it is null or empty.</summary>
    public static string Name(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return RunNames.Next();
        }
        EntityValidator.Length(name, MaxNameLength, "name");
        if (name.AsSpan().ContainsAny(ForbiddenNameCharacters) || name.Any(char.IsControl))
        {
            throw OspreyException.Invalid($"Invalid name '{name}': a logged model name may not contain / : . % \" ' or control characters.");
        }
        return name;
    }

    /// <summary>Checks params: key rules, value length, count, and one value per key; a key repeated with another value throws <see cref="ErrorCode.Conflict"/>.</summary>
    public static IReadOnlyList<Param> Params(IReadOnlyList<Param> parameters)
    {
        Count(parameters.Count, "params");
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
        {
            var param = parameters[i];
            EntityValidator.Key(param.Key, $"params[{i}].key");
            EntityValidator.Length(param.Value, TrackingLimits.MaxParamValueLength, $"params[{i}].value");
            if (seen.TryGetValue(param.Key, out var earlier) && earlier != param.Value)
            {
                throw new OspreyException(ErrorCode.Conflict, $"Param '{param.Key}' appears twice in the request with different values ('{earlier}' and '{param.Value}').");
            }
            seen[param.Key] = param.Value;
        }
        return parameters;
    }

    /// <summary>Checks tags: key rules, value length and count.</summary>
    public static IReadOnlyList<Tag> Tags(IReadOnlyList<Tag> tags)
    {
        Count(tags.Count, "tags");
        return RunBatchValidator.Tags(tags);
    }

    /// <summary>Checks linked metrics as log-batch checks metrics, plus their model ids and data set names (500) and digests (36).</summary>
    public static void Metrics(IReadOnlyList<LoggedModelMetric> metrics)
    {
        RunBatchValidator.Validate(new RunBatch(metrics.Select(m => m.Metric).ToList(), [], []));
        for (var i = 0; i < metrics.Count; i++)
        {
            LoggedModelId.Parse(metrics[i].ModelId, $"metrics[{i}].model_id");
            EntityValidator.Length(metrics[i].DatasetName, 500, $"metrics[{i}].dataset_name");
            EntityValidator.Length(metrics[i].DatasetDigest, 36, $"metrics[{i}].dataset_digest");
        }
    }

    private static void Count(int count, string what)
    {
        if (count > MaxEntriesPerRequest)
        {
            throw OspreyException.Invalid($"A request can carry at most {MaxEntriesPerRequest} {what}; got {count}.");
        }
    }
}
