namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>Why an expression does not parse, and the 0-based offset in its text where the problem is.</summary>
internal sealed record ExprSyntaxError(string Message, int Offset);
