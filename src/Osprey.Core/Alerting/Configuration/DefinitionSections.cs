namespace Osprey.Core.Alerting.Configuration;

/// <summary>The YAML section name of each definition kind, as written in files and API paths.</summary>
public static class DefinitionSections
{
    private static readonly Dictionary<DefinitionKind, string> Names = new()
    {
        [DefinitionKind.User] = "users",
        [DefinitionKind.Team] = "teams",
        [DefinitionKind.Schedule] = "schedules",
        [DefinitionKind.EscalationPolicy] = "escalation_policies",
        [DefinitionKind.Route] = "routes",
        [DefinitionKind.Channel] = "channels",
        [DefinitionKind.QuietHours] = "quiet_hours",
    };

    /// <summary>Gets every section name in file order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Values, "default_route"];

    /// <summary>Returns the section name of a kind.</summary>
    public static string Of(DefinitionKind kind) => Names[kind];

    /// <summary>Returns the kind a section name (or its singular, or the enum name) stands for, or throws <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static DefinitionKind Parse(string text)
    {
        foreach (var (kind, name) in Names)
        {
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase) || string.Equals(text, kind.ToString(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text.Replace('-', '_'), name, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }
        throw OspreyException.Invalid($"Unknown definition kind '{text}'; expected one of {string.Join(", ", Names.Values)}.");
    }
}
