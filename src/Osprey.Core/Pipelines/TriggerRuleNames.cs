namespace Osprey.Core.Pipelines;

/// <summary>Maps trigger rules to and from the snake_case names used in pipeline files.</summary>
public static class TriggerRuleNames
{
    private static readonly (string Name, TriggerRule Rule)[] Names =
    [
        ("all_success", TriggerRule.AllSuccess),
        ("all_failed", TriggerRule.AllFailed),
        ("all_done", TriggerRule.AllDone),
        ("all_done_min_one_success", TriggerRule.AllDoneMinOneSuccess),
        ("all_skipped", TriggerRule.AllSkipped),
        ("one_success", TriggerRule.OneSuccess),
        ("one_failed", TriggerRule.OneFailed),
        ("one_done", TriggerRule.OneDone),
        ("none_failed", TriggerRule.NoneFailed),
        ("none_failed_min_one_success", TriggerRule.NoneFailedMinOneSuccess),
        ("none_skipped", TriggerRule.NoneSkipped),
        ("always", TriggerRule.Always),
    ];

    /// <summary>Gets every accepted name, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>Reads a rule name (exact, lowercase); Airflow's deprecated alias <c>none_failed_or_skipped</c> is accepted.</summary>
    public static bool TryParse(string? text, out TriggerRule rule)
    {
        if (text == "none_failed_or_skipped")
        {
            rule = TriggerRule.NoneFailedMinOneSuccess;
            return true;
        }
        foreach (var (name, value) in Names)
        {
            if (name == text)
            {
                rule = value;
                return true;
            }
        }
        rule = TriggerRule.AllSuccess;
        return false;
    }

    /// <summary>Gets the snake_case name of a rule.</summary>
    public static string Name(TriggerRule rule) => Names.First(n => n.Rule == rule).Name;
}
