namespace Osprey.Core.Pipelines.Yaml;

/// <summary>Reads one entry of a file's <c>tasks:</c> map (type, dependencies, rule, condition, branch arms, settings, retry overrides) into the builder.</summary>
internal sealed class TaskSpecReader(SpecContext context, PipelineSpecReader pipeline)
{
    private static readonly string[] TaskFields =
    [
        "type", "description", "depends_on", "trigger_rule", "when", "branch", "choose", "otherwise", "with",
        .. PipelineSpecReader.SettingFields,
    ];

    public void Read(PipelineBuilder builder, SpecScalar key, SpecNode node)
    {
        var id = key.Value;
        var field = $"tasks.{id}";
        context.Locate(field, key);
        if (node is not SpecMapping map)
        {
            context.Error(field, node, $"{field} must be a map of task fields such as type and depends_on, got {node.Shape}");
            return;
        }
        context.CheckKeys(map, field, TaskFields);
        var fields = map.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
        string? type = null;
        if (!fields.TryGetValue("type", out var typeNode))
        {
            context.Error($"{field}.type", key, $"{field}.type is required (such as shell, train or branch)");
        }
        else
        {
            type = context.Text(typeNode, $"{field}.type");
        }

        // A task whose type could not be read is still added, so that tasks depending on it do not report it as unknown.
        builder.Task(id, type ?? "unknown", task =>
        {
            foreach (var (name, value) in map.Entries)
            {
                ReadField(task, name.Value, value, $"{field}.{name.Value}");
            }
        });
        context.Locate(field, key);
    }

    private void ReadField(TaskBuilder task, string name, SpecNode node, string field)
    {
        switch (name)
        {
            case "description":
                PipelineSpecReader.Apply(context.Text(node, field), v => task.Describe(v));
                break;
            case "depends_on":
                task.DependsOn([.. context.Names(node, field)]);
                break;
            case "trigger_rule":
                ReadTriggerRule(task, node, field);
                break;
            case "when":
                PipelineSpecReader.Apply(context.Text(node, field), v => task.When(v));
                break;
            case "branch":
                PipelineSpecReader.Apply(context.Flag(node, field), v => task.Branch(v));
                break;
            case "choose":
                ReadChoices(task, node, field);
                break;
            case "otherwise":
                task.Otherwise([.. context.Names(node, field)]);
                break;
            case "with":
                ReadSettings(task, node, field);
                break;
            default:
                pipeline.ReadSetting(task, name, node, field);
                break;
        }
    }

    private void ReadTriggerRule(TaskBuilder task, SpecNode node, string field)
    {
        var text = context.Text(node, field);
        if (text is null)
        {
            return;
        }
        if (TriggerRuleNames.TryParse(text, out var rule))
        {
            task.TriggerRule(rule);
            return;
        }
        context.Error(field, node, $"{field} must be one of {string.Join(", ", TriggerRuleNames.All)}, got '{text}'{NameSuggestion.For(text, TriggerRuleNames.All)}");
    }

    private void ReadChoices(TaskBuilder task, SpecNode node, string field)
    {
        context.Locate(field, node);
        if (node is not SpecSequence list)
        {
            context.Error(field, node, $"{field} must be a list of arms, each with when: and run:, got {node.Shape}");
            return;
        }
        for (var i = 0; i < list.Items.Count; i++)
        {
            var arm = $"{field}[{i}]";
            if (context.Map(list.Items[i], arm, "a map with when: and run:") is not { } map)
            {
                continue;
            }
            context.CheckKeys(map, arm, ["when", "run"]);
            var parts = map.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
            if (!parts.TryGetValue("when", out var when) || !parts.TryGetValue("run", out var run))
            {
                context.Error(arm, map, $"{arm} needs both when: (a condition) and run: (the tasks to run)");
                continue;
            }
            if (context.Text(when, $"{arm}.when") is { } condition)
            {
                task.Choose(condition, [.. context.Names(run, $"{arm}.run")]);
            }
        }
    }

    private void ReadSettings(TaskBuilder task, SpecNode node, string field)
    {
        if (context.Map(node, field, "a map of the task type's settings") is not { } map)
        {
            return;
        }
        foreach (var (key, value) in map.Entries)
        {
            task.With(key.Value, context.Plain(value, $"{field}.{key.Value}"));
        }
    }
}
