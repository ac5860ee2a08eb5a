namespace Osprey.Core.Pipelines.Templates;

/// <summary>A dotted name such as <c>tasks.evaluate.outputs.f1</c>, looked up in the scope.</summary>
public sealed class ReferenceExpression(TemplateReference reference) : TemplateExpression(reference.Position)
{
    /// <summary>Gets the name.</summary>
    public TemplateReference Reference { get; } = reference;

    public override IEnumerable<TemplateReference> References() => [Reference];

    internal override TemplateValue Evaluate(ITemplateScope scope) => scope.Resolve(Reference.Path);
}
