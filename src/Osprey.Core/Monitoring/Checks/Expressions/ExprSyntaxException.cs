namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>Unwinds the expression parser at the first error; never escapes <see cref="ExprParser.Parse"/>.</summary>
internal sealed class ExprSyntaxException(ExprSyntaxError error) : Exception(error.Message)
{
    public ExprSyntaxError Error { get; } = error;
}
