namespace Osprey.Core.Pipelines.Templates;

/// <summary>Supplies the values that template references name, such as <c>ds</c>, <c>params.x</c> or <c>tasks.train.outputs.f1</c>.</summary>
public interface ITemplateScope
{
    /// <summary>Returns the value at a dotted path, or a missing value saying why there is none; never throws.</summary>
    TemplateValue Resolve(IReadOnlyList<string> path);
}
