using System.Text.Json;

namespace Osprey.Core.Pipelines.Templates;

/// <summary>A settings string holding at least one <c>{{ }}</c> block.</summary>
public sealed class TemplatedText(Template template) : TemplatedValue
{
    /// <summary>Gets the template.</summary>
    public Template Template { get; } = template;

    public override IEnumerable<TemplateSite> Sites(string path) => [new TemplateSite(path, Template)];

    internal override void Write(Utf8JsonWriter writer, ITemplateScope scope, string path)
    {
        var rendered = Template.Render(scope);
        if (!rendered.Success)
        {
            throw new TemplateEvaluationException($"{path}: {rendered.Error}");
        }
        rendered.Value.WriteTo(writer);
    }
}
