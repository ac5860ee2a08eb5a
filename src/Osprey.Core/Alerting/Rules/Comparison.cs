namespace Osprey.Core.Alerting.Rules;

/// <summary>How a rule's value is compared with its threshold.</summary>
public enum Comparison
{
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
    Equal,
    NotEqual,
}
