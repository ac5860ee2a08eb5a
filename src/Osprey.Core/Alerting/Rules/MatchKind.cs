namespace Osprey.Core.Alerting.Rules;

/// <summary>How a label matcher compares: equal, not equal, matches a regular expression, does not match one (as in Prometheus).</summary>
public enum MatchKind
{
    Equal,
    NotEqual,
    Regex,
    NotRegex,
}
