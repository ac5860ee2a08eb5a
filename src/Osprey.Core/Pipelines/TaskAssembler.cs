using Osprey.Core.Pipelines.Templates;

namespace Osprey.Core.Pipelines;

/// <summary>Validates a builder's tasks (ids, types, dependencies, conditions, settings, branches, template references) and assembles them in dependency order.</summary>
internal sealed class TaskAssembler(PipelineBuilder source, IReadOnlyCollection<string> parameters, ITaskTypeCatalog? types, List<PipelineProblem> problems)
{
    public IReadOnlyList<TaskDefinition>? Assemble()
    {
        if (source.Tasks.Count == 0)
        {
            problems.Add(new("tasks", "tasks must list at least one task"));
            return null;
        }

        var before = problems.Count;
        var unique = CheckIds();
        var graph = TaskGraph.Build([.. unique.Select(t => (t.Id, t.DependsOnValue))], problems);
        var tasks = unique.Select(Parse).ToDictionary(t => t.Id, StringComparer.Ordinal);
        if (graph is null)
        {
            return null;
        }

        foreach (var task in tasks.Values)
        {
            task.Children = graph.Children[task.Id];
            task.Ancestors = graph.Ancestors[task.Id];
        }
        var ids = tasks.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var task in tasks.Values)
        {
            new BranchRules(task, problems).Check();
            CheckReferences(task, ids);
        }
        return problems.Count > before ? null : [.. graph.Order.Select(id => tasks[id])];
    }

    private List<TaskBuilder> CheckIds()
    {
        var unique = new List<TaskBuilder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in source.Tasks)
        {
            var field = $"tasks.{task.Id}";
            if (!NameRules.Identifier().IsMatch(task.Id))
            {
                problems.Add(new(field, $"task id '{task.Id}' must be letters, digits and '_' (not starting with a digit, at most 100) so templates can name it"));
            }
            if (!seen.Add(task.Id))
            {
                problems.Add(new(field, $"task id '{task.Id}' is defined twice"));
                continue;
            }
            CheckType(task, field);
            unique.Add(task);
        }
        return unique;
    }

    private void CheckType(TaskBuilder task, string field)
    {
        if (!NameRules.TaskType().IsMatch(task.Type))
        {
            problems.Add(new($"{field}.type", $"{field}.type must be a lowercase name such as shell or train, got '{task.Type}'"));
        }
        else if (types is not null && task.Type != TaskDefinition.BranchType && !types.Types.Contains(task.Type))
        {
            var known = types.Types.Append(TaskDefinition.BranchType).Order(StringComparer.Ordinal);
            problems.Add(new($"{field}.type", $"{field}.type '{task.Type}' is not a known task type{NameSuggestion.For(task.Type, known)}; known types: {string.Join(", ", known)}"));
        }
    }

    private TaskDefinition Parse(TaskBuilder task)
    {
        var field = $"tasks.{task.Id}";
        TaskSettingsRules.Check(task, field, problems);
        var settings = new TemplatedMap([.. task.SettingsValue.Select(e =>
            new KeyValuePair<string, TemplatedValue>(e.Key, SettingsValueFactory.Create(e.Value, $"{field}.with.{e.Key}", problems)))]);
        var isBranch = task.Type == TaskDefinition.BranchType;
        if (!isBranch && (task.Choices.Count > 0 || task.OtherwiseValue is not null))
        {
            problems.Add(new($"{field}.choose", $"{field}: choose: and otherwise: belong to tasks of type: branch; a {task.Type} task picks children with branch: true and a 'follow' output"));
        }
        return new TaskDefinition(task.Id, task.Type)
        {
            Description = task.DescriptionValue,
            DependsOn = task.DependsOnValue,
            TriggerRule = task.TriggerRuleValue,
            When = task.WhenValue is null ? null : ParseCondition(task.WhenValue, $"{field}.when"),
            Retry = TaskSettingsRules.Retry(source.Defaults, task),
            ExecutionTimeout = TaskSettingsRules.ExecutionTimeout(source.Defaults, task),
            Settings = settings,
            Branch = isBranch ? BranchRules.Parse(task, field, ParseCondition) : null,
            ChoosesChildren = isBranch || task.BranchValue,
        };
    }

    private Condition? ParseCondition(string text, string field)
    {
        var parsed = Condition.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }
        problems.Add(new(field, $"{field} is not a valid condition: {parsed.Error!.Message}", parsed.Error.Position));
        return null;
    }

    private void CheckReferences(TaskDefinition task, IReadOnlySet<string> ids)
    {
        var field = $"tasks.{task.Id}";
        var sites = new List<(string Field, IEnumerable<TemplateReference> References)>();
        if (task.When is not null)
        {
            sites.Add(($"{field}.when", task.When.Expression.References()));
        }
        sites.AddRange(task.Settings.Sites($"{field}.with").Select(s => (s.Field, s.Template.References())));
        for (var i = 0; i < (task.Branch?.Choices.Count ?? 0); i++)
        {
            sites.Add(($"{field}.choose[{i}].when", task.Branch!.Choices[i].When.Expression.References()));
        }

        foreach (var (site, references) in sites)
        {
            foreach (var reference in references)
            {
                if (TemplateReferenceRules.Check(reference, task.Id, task.Ancestors, ids, parameters) is { } message)
                {
                    problems.Add(new(site, $"{site}: {message}", reference.Position));
                }
            }
        }
    }
}
