namespace Osprey.Core.Pipelines.Templates;

/// <summary>A dotted name used in a template, such as <c>tasks.train.outputs.f1</c>, and where it starts in the template text.</summary>
public sealed record TemplateReference(IReadOnlyList<string> Path, int Position)
{
    /// <summary>Gets the path joined with dots.</summary>
    public string Dotted => string.Join('.', Path);

    public override string ToString() => Dotted;
}
