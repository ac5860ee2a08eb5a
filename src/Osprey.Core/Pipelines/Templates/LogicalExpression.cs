namespace Osprey.Core.Pipelines.Templates;

/// <summary><c>a and b</c> or <c>a or b</c>, evaluated left to right with short-circuiting.</summary>
public sealed class LogicalExpression(bool isAnd, TemplateExpression left, TemplateExpression right, int position) : TemplateExpression(position)
{
    /// <summary>Gets whether this is <c>and</c> (otherwise <c>or</c>).</summary>
    public bool IsAnd { get; } = isAnd;

    /// <summary>Gets the left operand.</summary>
    public TemplateExpression Left { get; } = left;

    /// <summary>Gets the right operand.</summary>
    public TemplateExpression Right { get; } = right;

    public override IEnumerable<TemplateReference> References() => Left.References().Concat(Right.References());

    internal override TemplateValue Evaluate(ITemplateScope scope)
    {
        var role = IsAnd ? "each side of 'and'" : "each side of 'or'";
        var left = Truth(Left.Evaluate(scope), role);
        if (left != IsAnd)
        {
            return TemplateValue.From(left);
        }
        return TemplateValue.From(Truth(Right.Evaluate(scope), role));
    }
}
