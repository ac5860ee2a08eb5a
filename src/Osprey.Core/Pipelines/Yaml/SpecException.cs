namespace Osprey.Core.Pipelines.Yaml;

/// <summary>Raised while reading a file's YAML structure (bad syntax, duplicate keys, non-text keys); caught by the loader and reported with its position.</summary>
internal sealed class SpecException(string message, SourceMark mark) : Exception(message)
{
    public SourceMark Mark { get; } = mark;
}
