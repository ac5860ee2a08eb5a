namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>A token of a check expression: its kind, its text (an operator, a name, a literal's value) and where it starts.</summary>
internal readonly record struct ExprToken(ExprTokenKind Kind, string Text, int Offset);
