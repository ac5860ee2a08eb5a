namespace Osprey.Core.Pipelines.Templates;

/// <summary>The outcome of rendering a template or evaluating a condition: a value, or an error message saying what was wrong.</summary>
public readonly record struct TemplateRender(TemplateValue Value, string? Error)
{
    /// <summary>Gets whether rendering succeeded.</summary>
    public bool Success => Error is null;

    /// <summary>Creates a successful result.</summary>
    public static TemplateRender Ok(TemplateValue value) => new(value, null);

    /// <summary>Creates a failed result.</summary>
    public static TemplateRender Fail(string error) => new(TemplateValue.Null, error);
}
