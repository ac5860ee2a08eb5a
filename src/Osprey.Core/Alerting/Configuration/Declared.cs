using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>A definition together with where it was declared (a file and position, or <c>api</c>), so later checks can point at it.</summary>
public sealed record Declared<T>(T Value, string File, SourceMark? Mark, string Field)
{
    /// <summary>Creates an error at this declaration.</summary>
    public PipelineLoadError Error(string message) => new(File, Mark, Field, message);
}
