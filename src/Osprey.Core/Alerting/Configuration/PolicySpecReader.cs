using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>Reads an escalation policy: ordered steps with a wait and targets (<c>schedule:</c>, <c>user:</c>, <c>team:</c>, <c>channel:</c>), and how often to repeat.</summary>
internal sealed class PolicySpecReader(OnCallFields fields)
{
    private static readonly string[] PolicyFields = ["name", "steps", "repeat"];
    private static readonly string[] StepFields = ["wait", "notify"];
    private static readonly string[] TargetFields = ["schedule", "user", "team", "channel"];

    public EscalationPolicy? Read(SpecNode node, string field)
    {
        if (fields.Item(node, field, PolicyFields) is not { } item || fields.Required(item, node, field, "name") is not { } name)
        {
            return null;
        }
        var steps = new List<EscalationStep>();
        var written = 0;
        if (item.TryGetValue("steps", out var stepNodes))
        {
            foreach (var (stepNode, stepField) in fields.List(stepNodes, field + ".steps"))
            {
                written++;
                if (Step(stepNode, stepField) is { } step)
                {
                    steps.Add(step);
                }
            }
        }
        if (written == 0)
        {
            fields.Context.Error(field + ".steps", node, $"{field}.steps must hold at least one step");
        }
        var (repeats, delay) = Repeat(item, field);
        return new EscalationPolicy(name, steps, repeats, delay);
    }

    private (int Times, TimeSpan Delay) Repeat(Dictionary<string, SpecNode> item, string field)
    {
        if (!item.TryGetValue("repeat", out var node) || fields.Item(node, field + ".repeat", ["times", "delay"]) is not { } repeat)
        {
            return (0, TimeSpan.Zero);
        }
        var times = repeat.TryGetValue("times", out var t) ? fields.Context.WholeNumber(t, field + ".repeat.times", 0) ?? 0 : 0;
        if (times > EscalationPolicy.MaxRepeats)
        {
            fields.Context.Error(field + ".repeat.times", t!, $"{field}.repeat.times must be at most {EscalationPolicy.MaxRepeats}, got {times}");
            times = 0;
        }
        var delay = repeat.TryGetValue("delay", out var d) ? fields.Duration(d, field + ".repeat.delay") ?? TimeSpan.Zero : TimeSpan.Zero;
        return (times, delay);
    }

    private EscalationStep? Step(SpecNode node, string field)
    {
        if (fields.Item(node, field, StepFields) is not { } item)
        {
            return null;
        }
        var wait = item.TryGetValue("wait", out var w) ? fields.Duration(w, field + ".wait") : TimeSpan.Zero;
        var targets = new List<EscalationTarget>();
        if (item.TryGetValue("notify", out var notify))
        {
            foreach (var (targetNode, targetField) in fields.List(notify, field + ".notify"))
            {
                if (fields.Item(targetNode, targetField, TargetFields) is { } target)
                {
                    foreach (var (key, value) in target)
                    {
                        if (fields.Context.Text(value, $"{targetField}.{key}") is { } name)
                        {
                            targets.Add(new EscalationTarget(Enum.Parse<TargetKind>(key, ignoreCase: true), name));
                        }
                    }
                }
            }
        }
        if (targets.Count == 0)
        {
            fields.Context.Error(field + ".notify", node, $"{field}.notify must name at least one target such as 'schedule: primary' or 'user: alice'");
        }
        return wait is { } delay ? new EscalationStep(delay, targets) : null;
    }
}
