using System.Text.RegularExpressions;

namespace Osprey.Core.Alerting.Rules;

/// <summary>One condition on a series label; a missing label counts as the empty value, and regular expressions match the whole value.</summary>
public sealed record LabelMatcher(string Label, MatchKind Kind, string Value)
{
    private readonly Regex? _regex = Kind is MatchKind.Regex or MatchKind.NotRegex
        ? new Regex($"^(?:{Value})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))
        : null;

    /// <summary>Returns whether a series with <paramref name="labels"/> passes this matcher.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        var actual = labels.TryGetValue(Label, out var value) ? value : "";
        return Kind switch
        {
            MatchKind.Equal => actual == Value,
            MatchKind.NotEqual => actual != Value,
            MatchKind.Regex => _regex!.IsMatch(actual),
            _ => !_regex!.IsMatch(actual),
        };
    }

    public override string ToString()
    {
        var op = Kind switch { MatchKind.Equal => "=", MatchKind.NotEqual => "!=", MatchKind.Regex => "=~", _ => "!~" };
        return $"{Label}{op}\"{Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
    }
}
