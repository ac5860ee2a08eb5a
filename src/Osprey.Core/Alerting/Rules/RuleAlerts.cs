using System.Globalization;
using System.Text.RegularExpressions;

namespace Osprey.Core.Alerting.Rules;

/// <summary>Builds the alert of one firing series of a rule: summary as message, description, labels as details and tags, severity as priority, team as responder.</summary>
public static partial class RuleAlerts
{
    private const int MaxMessage = 130;

    /// <summary>Returns the alert request for a series of <paramref name="rule"/> named <paramref name="name"/> that started firing.</summary>
    public static AlertRequest For(string name, string alias, MetricRule rule, RuleInstance instance)
    {
        var value = instance.Value ?? double.NaN;
        var labels = new Dictionary<string, string>(instance.Labels, StringComparer.Ordinal);
        foreach (var (key, text) in rule.Labels)
        {
            labels[key] = text;
        }
        var summary = rule.Annotations.TryGetValue("summary", out var s) ? Fill(s, value, labels) : $"{name}: {rule.Expression} (value {Number(value)})";
        var details = new Dictionary<string, string>(labels, StringComparer.Ordinal)
        {
            ["rule"] = name,
            ["expression"] = rule.Expression,
            ["value"] = Number(value),
        };
        if (rule.Annotations.TryGetValue("runbook_url", out var runbook))
        {
            details["runbook_url"] = runbook;
        }
        IReadOnlyList<AlertResponder>? responders = labels.TryGetValue("team", out var team) ? [new AlertResponder("team", team)] : null;
        return new AlertRequest(
            summary.Length <= MaxMessage ? summary : summary[..(MaxMessage - 1)] + "…",
            alias,
            rule.Priority,
            [.. labels.Select(l => $"{l.Key}:{l.Value}").Take(20)],
            details,
            Entity: rule.Selector.Name,
            Source: "osprey-rule",
            Description: rule.Annotations.TryGetValue("description", out var d) ? Fill(d, value, labels) : null,
            Responders: responders);
    }

    /// <summary>Replaces <c>{{ $value }}</c> and <c>{{ $labels.NAME }}</c> in an annotation, as Prometheus templates do for these two forms.</summary>
    public static string Fill(string template, double value, IReadOnlyDictionary<string, string> labels) =>
        Placeholder().Replace(template, m => m.Groups["label"].Success
            ? labels.GetValueOrDefault(m.Groups["label"].Value, "")
            : Number(value));

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{\{\s*\$(?:value|labels\.(?<label>[A-Za-z_][A-Za-z0-9_]*))\s*\}\}")]
    private static partial Regex Placeholder();
}
