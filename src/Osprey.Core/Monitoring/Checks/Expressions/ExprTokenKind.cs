namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>The kinds of token in check expressions.</summary>
internal enum ExprTokenKind
{
    Number,
    Text,
    Name,
    Symbol,
    End,
}
