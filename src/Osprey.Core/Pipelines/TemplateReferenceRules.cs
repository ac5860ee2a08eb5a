using Osprey.Core.Pipelines.Templates;

namespace Osprey.Core.Pipelines;

/// <summary>Checks, when a pipeline is built, that every template name exists and that task references point upstream.</summary>
internal static class TemplateReferenceRules
{
    /// <summary>Returns why <paramref name="reference"/> is not allowed in task <paramref name="taskId"/>, or null when it is.</summary>
    public static string? Check(TemplateReference reference, string taskId, IReadOnlySet<string> ancestors, IReadOnlySet<string> tasks, IReadOnlyCollection<string> parameters)
    {
        var path = reference.Path;
        var root = path[0];
        if (TemplateNames.RunValues.Contains(root))
        {
            return path.Count == 1 ? null : $"'{root}' is a plain value and has no field '{path[1]}'";
        }
        if (root == TemplateNames.Params)
        {
            if (path.Count < 2)
            {
                return "write params.<name> to read a parameter";
            }
            return parameters.Contains(path[1])
                ? null
                : $"params.{path[1]} is not declared under params{NameSuggestion.For(path[1], parameters)}";
        }
        if (root == TemplateNames.Tasks)
        {
            return CheckTask(path, taskId, ancestors, tasks);
        }
        var known = TemplateNames.RunValues.Append(TemplateNames.Params).Append(TemplateNames.Tasks);
        return $"unknown name '{root}'{NameSuggestion.For(root, known)}; templates know {string.Join(", ", known)}";
    }

    private static string? CheckTask(IReadOnlyList<string> path, string taskId, IReadOnlySet<string> ancestors, IReadOnlySet<string> tasks)
    {
        if (path.Count < 3 || (path[2] != "outputs" && path[2] != "state") || (path[2] == "state" && path.Count > 3))
        {
            return "write tasks.<id>.outputs.<key> or tasks.<id>.state";
        }
        var id = path[1];
        if (!tasks.Contains(id))
        {
            return $"tasks.{id} is not a task of this pipeline{NameSuggestion.For(id, tasks)}";
        }
        if (id == taskId)
        {
            return $"task {taskId} cannot read its own outputs";
        }
        return ancestors.Contains(id)
            ? null
            : $"task {id} is not upstream of task {taskId}, so its outputs may not exist yet; add it to depends_on (directly or through another task)";
    }
}
