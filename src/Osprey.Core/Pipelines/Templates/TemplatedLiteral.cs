using System.Text.Json;

namespace Osprey.Core.Pipelines.Templates;

/// <summary>A settings value with no template in it: a JSON scalar.</summary>
public sealed class TemplatedLiteral(JsonElement value) : TemplatedValue
{
    /// <summary>Gets the value.</summary>
    public JsonElement Value { get; } = value;

    public override IEnumerable<TemplateSite> Sites(string path) => [];

    internal override void Write(Utf8JsonWriter writer, ITemplateScope scope, string path) => Value.WriteTo(writer);
}
