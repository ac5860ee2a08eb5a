namespace Osprey.Core.Pipelines.Templates;

/// <summary>Logical negation: <c>not x</c>.</summary>
public sealed class NotExpression(TemplateExpression operand, int position) : TemplateExpression(position)
{
    /// <summary>Gets the negated expression.</summary>
    public TemplateExpression Operand { get; } = operand;

    public override IEnumerable<TemplateReference> References() => Operand.References();

    internal override TemplateValue Evaluate(ITemplateScope scope) =>
        TemplateValue.From(!Truth(Operand.Evaluate(scope), "the operand of 'not'"));
}
