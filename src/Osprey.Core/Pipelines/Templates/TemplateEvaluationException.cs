namespace Osprey.Core.Pipelines.Templates;

/// <summary>Raised inside evaluation when a value cannot be used as asked (comparing a number with a string, rendering a missing output); caught at the template boundary and turned into a result.</summary>
internal sealed class TemplateEvaluationException(string message) : Exception(message);
