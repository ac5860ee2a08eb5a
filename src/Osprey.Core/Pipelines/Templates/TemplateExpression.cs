namespace Osprey.Core.Pipelines.Templates;

/// <summary>A node of the small, side-effect-free expression language used inside <c>{{ }}</c> and by <c>when:</c> conditions.</summary>
public abstract class TemplateExpression(int position)
{
    /// <summary>Gets the zero-based offset of the node in the template text.</summary>
    public int Position { get; } = position;

    /// <summary>Lists every reference the expression reads, in text order.</summary>
    public abstract IEnumerable<TemplateReference> References();

    /// <summary>Computes the value; throws <see cref="TemplateEvaluationException"/> for type errors.</summary>
    internal abstract TemplateValue Evaluate(ITemplateScope scope);

    /// <summary>Reads a value as a boolean for and/or/not and conditions: null and missing count as false, anything other than a boolean is an error.</summary>
    internal static bool Truth(TemplateValue value, string role) => value.Kind switch
    {
        ValueKind.Boolean => value.Boolean,
        ValueKind.Null or ValueKind.Missing => false,
        _ => throw new TemplateEvaluationException($"{role} must be true or false, got {value.Describe()}"),
    };
}
