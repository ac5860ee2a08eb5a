namespace Osprey.Core.Pipelines.Templates;

/// <summary>A piece of a template: literal text, or an expression written between <c>{{</c> and <c>}}</c> (with its source text).</summary>
public sealed record TemplatePart(string? Literal, TemplateExpression? Expression, string Source);
