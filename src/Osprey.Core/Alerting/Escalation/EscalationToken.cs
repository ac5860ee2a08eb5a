using System.Globalization;
using System.Text.RegularExpressions;

namespace Osprey.Core.Alerting.Escalation;

/// <summary>The marker <c>[escalation rR sS]</c> in an Escalated event's note that names the round and step it fired.</summary>
public static partial class EscalationToken
{
    /// <summary>Formats the marker of a round and step.</summary>
    public static string Format(int round, int step) => string.Create(CultureInfo.InvariantCulture, $"[escalation r{round} s{step}]");

    /// <summary>Reads the marker from a note, or returns null when the note has none (an escalation made by hand).</summary>
    public static (int Round, int Step)? Parse(string? note)
    {
        var match = note is null ? null : Marker().Match(note);
        return match is { Success: true }
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex(@"\[escalation r(\d{1,3}) s(\d{1,3})\]")]
    private static partial Regex Marker();
}
