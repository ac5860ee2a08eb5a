namespace Osprey.Core.Pipelines.Yaml;

/// <summary>A YAML map with text keys, in written order (duplicate keys are refused when reading).</summary>
internal sealed record SpecMapping(IReadOnlyList<KeyValuePair<SpecScalar, SpecNode>> Entries, SourceMark Start) : SpecNode(Start)
{
    public override string Shape => "a map";
}
