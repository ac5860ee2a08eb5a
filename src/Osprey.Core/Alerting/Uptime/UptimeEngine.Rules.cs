using Osprey.Core.Alerting.Rules;
using Osprey.Core.Monitoring.Series;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>Metric rules: query the window, reduce each matching series, and move each series through inactive → pending → firing → resolved.</summary>
public sealed partial class UptimeEngine
{
    private async Task EvaluateAsync(MonitorSlot slot, int generation, long now, CancellationToken ct)
    {
        var definition = slot.Definition;
        var rule = definition.Rule!;
        Dictionary<string, (IReadOnlyDictionary<string, string> Labels, double? Value)> values;
        try
        {
            values = await ReduceAsync(rule, now, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Failed(definition.Name, "evaluate its rule", e);
            values = [];
        }
        lock (_gate)
        {
            slot.CheckRunning = false;
            if (!_slots.TryGetValue(definition.Name, out var current) || current != slot)
            {
                return;
            }
            if (generation != slot.Generation)
            {
                Arm(slot, now);
                return;
            }
            slot.LastCheckAt = now;
            if (!definition.InMaintenance(now))
            {
                Judge(slot, values, now);
            }
            if (!definition.Paused)
            {
                Push(slot, now + (long)definition.Interval.TotalMilliseconds);
            }
        }
    }

    private async Task<Dictionary<string, (IReadOnlyDictionary<string, string> Labels, double? Value)>> ReduceAsync(MetricRule rule, long now, CancellationToken ct)
    {
        if (series is null)
        {
            throw new OspreyException(ErrorCode.Unavailable, "this workspace has no series store, so metric rules cannot be evaluated");
        }
        var window = (long)rule.Window.TotalMilliseconds;
        var points = await series.QueryAsync(new SeriesQuery(rule.Selector.Name, rule.Selector.EqualityMatch, now - window, now + 1), ct).ConfigureAwait(false);
        return points.Where(p => rule.Selector.Matches(p.Labels))
            .GroupBy(p => LabelSets.Format(p.Labels), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g =>
            {
                var samples = g.OrderBy(p => p.Timestamp).Select(p => (p.Timestamp, p.Value)).ToList();
                return (g.First().Labels, rule.Function.Apply(samples, now, rule.Window));
            }, StringComparer.Ordinal);
    }

    // Must hold _gate.
    private void Judge(MonitorSlot slot, Dictionary<string, (IReadOnlyDictionary<string, string> Labels, double? Value)> values, long now)
    {
        var definition = slot.Definition;
        var rule = definition.Rule!;
        var wasFiring = slot.Rules.Values.Any(r => r.State == RuleState.Firing);
        foreach (var key in slot.Rules.Keys.Union(values.Keys, StringComparer.Ordinal).ToList())
        {
            var found = values.TryGetValue(key, out var entry);
            if (!slot.Rules.TryGetValue(key, out var instance))
            {
                instance = new RuleInstance(key, entry.Labels);
                slot.Rules[key] = instance;
            }
            var holds = found && entry.Value is { } v && rule.Holds(v);
            var change = instance.Evaluate(found ? entry.Value : null, holds, now, rule.For);
            var alias = definition.RuleAlias(key);
            if (change == RuleState.Firing)
            {
                var request = RuleAlerts.For(definition.Name, alias, rule, instance);
                Enqueue(slot, "raise its rule alert", ct => alerts.RaiseAsync(request, ct));
            }
            else if (change == RuleState.Inactive)
            {
                Enqueue(slot, "resolve its rule alert", ct => alerts.ResolveAsync(alias, definition.Source, "the rule's condition no longer holds", ct));
            }
            if (instance.State == RuleState.Inactive && !found)
            {
                slot.Rules.Remove(key);
            }
        }
        var firing = slot.Rules.Values.Where(r => r.State == RuleState.Firing).ToList();
        var state = firing.Count > 0 ? MonitorState.Down : MonitorState.Up;
        var before = slot.State;
        SetState(slot, state, now);
        if (firing.Count > 0 && !wasFiring)
        {
            slot.LastCause = $"{rule.Expression} for {string.Join(", ", firing.Select(f => f.LabelSet))}";
            OpenIncident(slot, now, slot.LastCause);
        }
        else if (firing.Count == 0 && wasFiring)
        {
            ResolveIncident(slot, now, "no series of the rule fires");
        }
        else if (before != state)
        {
            SaveStatus(slot);
        }
    }
}
