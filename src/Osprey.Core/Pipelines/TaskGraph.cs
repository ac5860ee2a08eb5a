namespace Osprey.Core.Pipelines;

/// <summary>Checks the dependency graph (unknown, repeated and self dependencies, cycles) and computes a stable dependency order, children and ancestors.</summary>
internal sealed class TaskGraph
{
    private TaskGraph(IReadOnlyList<string> order, Dictionary<string, List<string>> children, Dictionary<string, HashSet<string>> ancestors)
    {
        Order = order;
        Children = children;
        Ancestors = ancestors;
    }

    /// <summary>Gets the task ids, each after all of its parents, ties kept in declaration order.</summary>
    public IReadOnlyList<string> Order { get; }

    /// <summary>Gets each task's direct children, in <see cref="Order"/>.</summary>
    public Dictionary<string, List<string>> Children { get; }

    public Dictionary<string, HashSet<string>> Ancestors { get; }

    /// <summary>Builds the graph of <paramref name="parents"/> (task id to parent ids, in declaration order), adding problems and returning null when it is not a DAG.</summary>
    public static TaskGraph? Build(IReadOnlyList<(string Id, IReadOnlyList<string> Parents)> parents, List<PipelineProblem> problems)
    {
        var ids = parents.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var before = problems.Count;
        var children = parents.ToDictionary(p => p.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var (id, list) in parents)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
            {
                var field = $"tasks.{id}.depends_on[{i}]";
                var parent = list[i];
                if (parent == id)
                {
                    problems.Add(new(field, $"tasks.{id}.depends_on names the task itself; a task cannot depend on itself"));
                }
                else if (!ids.Contains(parent))
                {
                    problems.Add(new(field, $"tasks.{id}.depends_on names '{parent}', which is not a task of this pipeline{NameSuggestion.For(parent, ids)}"));
                }
                else if (!seen.Add(parent))
                {
                    problems.Add(new(field, $"tasks.{id}.depends_on lists '{parent}' twice"));
                }
                else
                {
                    children[parent].Add(id);
                }
            }
        }
        if (problems.Count > before)
        {
            return null;
        }

        var order = Sort(parents, children);
        if (order.Count < parents.Count)
        {
            ReportCycle(parents, order, problems);
            return null;
        }
        var rank = order.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        foreach (var list in children.Values)
        {
            list.Sort((x, y) => rank[x].CompareTo(rank[y]));
        }
        return new TaskGraph(order, children, ComputeAncestors(order, parents));
    }

    private static List<string> Sort(IReadOnlyList<(string Id, IReadOnlyList<string> Parents)> parents, Dictionary<string, List<string>> children)
    {
        var position = parents.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var waiting = parents.ToDictionary(p => p.Id, p => p.Parents.Count, StringComparer.Ordinal);
        var ready = new PriorityQueue<string, int>(parents.Where(p => p.Parents.Count == 0).Select(p => (p.Id, position[p.Id])));
        var order = new List<string>(parents.Count);
        while (ready.TryDequeue(out var id, out _))
        {
            order.Add(id);
            foreach (var child in children[id])
            {
                if (--waiting[child] == 0)
                {
                    ready.Enqueue(child, position[child]);
                }
            }
        }
        return order;
    }

    private static void ReportCycle(IReadOnlyList<(string Id, IReadOnlyList<string> Parents)> parents, List<string> sorted, List<PipelineProblem> problems)
    {
        // Every unsorted task lies on or downstream of a cycle; walking parents among the unsorted ones must come back round.
        var done = sorted.ToHashSet(StringComparer.Ordinal);
        var byId = parents.ToDictionary(p => p.Id, p => p.Parents, StringComparer.Ordinal);
        var walk = new List<string> { parents.First(p => !done.Contains(p.Id)).Id };
        while (true)
        {
            var next = byId[walk[^1]].First(p => !done.Contains(p));
            var seenAt = walk.IndexOf(next);
            if (seenAt >= 0)
            {
                var cycle = walk[seenAt..];
                cycle.Reverse();
                var first = cycle[0];
                var path = string.Join(" → ", cycle.Append(first));
                problems.Add(new($"tasks.{first}.depends_on", $"tasks form a cycle (each runs after the one before it): {path}"));
                return;
            }
            walk.Add(next);
        }
    }

    private static Dictionary<string, HashSet<string>> ComputeAncestors(IReadOnlyList<string> order, IReadOnlyList<(string Id, IReadOnlyList<string> Parents)> parents)
    {
        var byId = parents.ToDictionary(p => p.Id, p => p.Parents, StringComparer.Ordinal);
        var ancestors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var parent in byId[id])
            {
                set.Add(parent);
                set.UnionWith(ancestors[parent]);
            }
            ancestors[id] = set;
        }
        return ancestors;
    }
}
