using Osprey.Core.Pipelines.Templates;

namespace Osprey.Core.Pipelines;

/// <summary>Parses a <c>type: branch</c> task's arms and checks that branches only choose among their direct children.</summary>
internal sealed class BranchRules(TaskDefinition task, List<PipelineProblem> problems)
{
    public static BranchRule Parse(TaskBuilder task, string field, Func<string, string, Condition?> parseCondition)
    {
        var choices = new List<BranchChoice>();
        for (var i = 0; i < task.Choices.Count; i++)
        {
            var condition = parseCondition(task.Choices[i].When, $"{field}.choose[{i}].when");
            if (condition is not null)
            {
                choices.Add(new BranchChoice(condition, task.Choices[i].Run));
            }
        }
        return new BranchRule(choices, task.OtherwiseValue ?? []);
    }

    public void Check()
    {
        var field = $"tasks.{task.Id}";
        if (task.ChoosesChildren && task.Children.Count == 0)
        {
            problems.Add(new(field, $"{field} is a branch but no task depends on it, so it has nothing to choose"));
        }
        if (task.Branch is null)
        {
            return;
        }
        if (task.Branch.Choices.Count == 0 && task.Branch.Otherwise.Count == 0)
        {
            problems.Add(new($"{field}.choose", $"{field} is a branch and needs choose: arms (each a when: and the tasks to run)"));
        }
        if (task.Settings.Entries.Count > 0)
        {
            problems.Add(new($"{field}.with", $"{field}.with: a branch task takes choose: and otherwise:, not with:"));
        }
        for (var i = 0; i < task.Branch.Choices.Count; i++)
        {
            CheckTargets(task.Branch.Choices[i].Run, $"{field}.choose[{i}].run");
        }
        CheckTargets(task.Branch.Otherwise, $"{field}.otherwise");
    }

    private void CheckTargets(IReadOnlyList<string> targets, string field)
    {
        for (var j = 0; j < targets.Count; j++)
        {
            if (!task.Children.Contains(targets[j]))
            {
                problems.Add(new($"{field}[{j}]",
                    $"{field} names '{targets[j]}', which does not depend on {task.Id}; a branch chooses among its direct children ({string.Join(", ", task.Children)})"));
            }
        }
    }
}
