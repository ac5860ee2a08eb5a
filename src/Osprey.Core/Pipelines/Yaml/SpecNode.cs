namespace Osprey.Core.Pipelines.Yaml;

/// <summary>A node of a pipeline file as read, with where it starts; the loader reads fields from these.</summary>
internal abstract record SpecNode(SourceMark Start)
{
    /// <summary>Describes the node's shape for messages: "text", "a list" or "a map".</summary>
    public abstract string Shape { get; }
}
