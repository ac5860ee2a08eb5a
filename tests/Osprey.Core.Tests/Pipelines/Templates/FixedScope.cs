using Osprey.Core.Pipelines.Templates;

namespace Osprey.Core.Tests.Pipelines.Templates;

/// <summary>A scope of fixed dotted names for template tests; unknown names are missing.</summary>
internal sealed class FixedScope(Dictionary<string, TemplateValue> values) : ITemplateScope
{
    public TemplateValue Resolve(IReadOnlyList<string> path) =>
        values.TryGetValue(string.Join('.', path), out var value) ? value : TemplateValue.Missing($"{string.Join('.', path)} is not set");
}
