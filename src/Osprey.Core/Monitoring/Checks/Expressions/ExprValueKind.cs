namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>The kinds of value a check expression computes with.</summary>
internal enum ExprValueKind
{
    Null,
    Number,
    Text,
    Bool,
}
