namespace Osprey.Core.Pipelines.Yaml;

/// <summary>Reads the top level of a pipeline file (name, schedule, run policy, default_args, params, tasks) into a <see cref="PipelineBuilder"/>.</summary>
internal sealed class PipelineSpecReader(SpecContext context)
{
    private static readonly string[] TopFields =
    [
        "name", "description", "schedule", "timezone", "start_date", "catchup", "max_active_runs", "concurrency",
        "dagrun_timeout", "default_args", "params", "tasks",
    ];

    internal static readonly string[] SettingFields =
        ["retries", "retry_delay", "retry_exponential_backoff", "max_retry_delay", "jitter", "execution_timeout"];

    public PipelineBuilder Read(SpecMapping root, string defaultName)
    {
        context.CheckKeys(root, "", TopFields);
        var fields = root.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
        var name = fields.TryGetValue("name", out var nameNode) ? context.Text(nameNode, "name") ?? defaultName : defaultName;
        var builder = new PipelineBuilder(name);

        foreach (var (key, node) in root.Entries)
        {
            ReadField(builder, key, node);
        }
        if (!fields.ContainsKey("tasks"))
        {
            context.Error("tasks", root, "tasks is required: a map from task id to the task's fields");
        }
        return builder;
    }

    private void ReadField(PipelineBuilder builder, SpecScalar key, SpecNode node)
    {
        var field = key.Value;
        switch (field)
        {
            case "description":
                Apply(context.Text(node, field), v => builder.Describe(v));
                break;
            case "schedule":
                if (node is SpecScalar { IsNull: true })
                {
                    context.Locate(field, node);
                    break;
                }
                Apply(context.Text(node, field), v => builder.Schedule(v));
                break;
            case "timezone":
                Apply(context.Text(node, field), v => builder.TimeZone(v));
                break;
            case "start_date":
                Apply(context.Text(node, field), v => builder.StartDate(v));
                break;
            case "catchup":
                Apply(context.Flag(node, field), v => builder.Catchup(v));
                break;
            case "max_active_runs":
                Apply(context.WholeNumber(node, field, 1), v => builder.MaxActiveRuns(v));
                break;
            case "concurrency":
                Apply(ReadConcurrency(node), v => builder.Concurrency(v));
                break;
            case "dagrun_timeout":
                Apply(context.Duration(node, field), v => builder.DagrunTimeout(v));
                break;
            case "default_args":
                ReadDefaults(builder, node);
                break;
            case "params":
                ReadParams(builder, node);
                break;
            case "tasks":
                ReadTasks(builder, node);
                break;
        }
    }

    private ConcurrencyPolicy? ReadConcurrency(SpecNode node)
    {
        var text = context.Text(node, "concurrency");
        ConcurrencyPolicy? policy = text switch
        {
            "allow" => ConcurrencyPolicy.Allow,
            "forbid" => ConcurrencyPolicy.Forbid,
            "replace" => ConcurrencyPolicy.Replace,
            _ => null,
        };
        if (policy is null && text is not null)
        {
            context.Error("concurrency", node, $"concurrency must be allow, forbid or replace, got '{text}'");
        }
        return policy;
    }

    private void ReadDefaults(PipelineBuilder builder, SpecNode node)
    {
        if (context.Map(node, "default_args", "a map of task settings such as retries and retry_delay") is not { } map)
        {
            return;
        }
        context.CheckKeys(map, "default_args", SettingFields);
        builder.DefaultArgs(defaults =>
        {
            foreach (var (key, value) in map.Entries)
            {
                ReadSetting(defaults, key.Value, value, $"default_args.{key.Value}");
            }
        });
    }

    /// <summary>Reads one retry or timeout setting into a defaults or task builder; unknown keys are ignored here (reported by key checks).</summary>
    internal void ReadSetting<T>(TaskSettingsBuilder<T> target, string key, SpecNode node, string field)
        where T : TaskSettingsBuilder<T>
    {
        switch (key)
        {
            case "retries":
                Apply(context.WholeNumber(node, field, 0), v => target.Retries(v));
                break;
            case "retry_delay":
                Apply(context.Duration(node, field), v => target.RetryDelay(v));
                break;
            case "retry_exponential_backoff":
                Apply(context.Flag(node, field), v => target.ExponentialBackoff(v));
                break;
            case "max_retry_delay":
                Apply(context.Duration(node, field), v => target.MaxRetryDelay(v));
                break;
            case "jitter":
                Apply(context.Number(node, field), v => target.Jitter(v));
                break;
            case "execution_timeout":
                Apply(context.Duration(node, field), v => target.ExecutionTimeout(v));
                break;
        }
    }

    private void ReadParams(PipelineBuilder builder, SpecNode node)
    {
        if (context.Map(node, "params", "a map from parameter name to its default value") is not { } map)
        {
            return;
        }
        foreach (var (key, value) in map.Entries)
        {
            builder.Param(key.Value, context.Plain(value, $"params.{key.Value}"));
        }
    }

    private void ReadTasks(PipelineBuilder builder, SpecNode node)
    {
        if (context.Map(node, "tasks", "a map from task id to the task's fields (type, depends_on, ...)") is not { } map)
        {
            return;
        }
        var tasks = new TaskSpecReader(context, this);
        foreach (var (key, value) in map.Entries)
        {
            tasks.Read(builder, key, value);
        }
    }

    internal static void Apply<T>(T? value, Action<T> set)
        where T : struct
    {
        if (value is { } v)
        {
            set(v);
        }
    }

    internal static void Apply(string? value, Action<string> set)
    {
        if (value is not null)
        {
            set(value);
        }
    }
}
