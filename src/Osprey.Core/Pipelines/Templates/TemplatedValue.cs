using System.Buffers;
using System.Text.Json;

namespace Osprey.Core.Pipelines.Templates;

/// <summary>A task's type-specific settings value whose strings may hold templates: JSON literals, templated text, lists and maps.</summary>
public abstract class TemplatedValue
{
    /// <summary>Lists every template inside the value, each with its field path below <paramref name="path"/>.</summary>
    public abstract IEnumerable<TemplateSite> Sites(string path);

    /// <summary>Renders the value to JSON against <paramref name="scope"/>, or returns the first error (naming the field) and a null element.</summary>
    public (JsonElement Value, string? Error) Render(ITemplateScope scope, string path)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonWriting.Options))
        {
            try
            {
                Write(writer, scope, path);
            }
            catch (TemplateEvaluationException e)
            {
                return (default, e.Message);
            }
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return (document.RootElement.Clone(), null);
    }

    /// <summary>Writes the rendered value; throws <see cref="TemplateEvaluationException"/> with the field path when a template fails.</summary>
    internal abstract void Write(Utf8JsonWriter writer, ITemplateScope scope, string path);
}
