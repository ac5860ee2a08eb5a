namespace Osprey.Core.Pipelines.Templates;

/// <summary>A template found inside a settings value, with the dotted field path it sits at (such as <c>with.checks[0].column</c>).</summary>
public sealed record TemplateSite(string Field, Template Template);
