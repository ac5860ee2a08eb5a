namespace Osprey.Core.Pipelines.Yaml;

/// <summary>A one-based line and column in a pipeline file.</summary>
public readonly record struct SourceMark(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
