namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>The binary operators of check expressions.</summary>
internal enum ExprOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
}
