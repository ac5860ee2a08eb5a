namespace Osprey.Core.Pipelines.Templates;

/// <summary>A number, string, boolean or null written in the expression.</summary>
public sealed class LiteralExpression(TemplateValue value, int position) : TemplateExpression(position)
{
    /// <summary>Gets the value written.</summary>
    public TemplateValue Value { get; } = value;

    public override IEnumerable<TemplateReference> References() => [];

    internal override TemplateValue Evaluate(ITemplateScope scope) => Value;
}
