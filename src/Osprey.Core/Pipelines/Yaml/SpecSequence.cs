namespace Osprey.Core.Pipelines.Yaml;

/// <summary>A YAML list.</summary>
internal sealed record SpecSequence(IReadOnlyList<SpecNode> Items, SourceMark Start) : SpecNode(Start)
{
    public override string Shape => "a list";
}
