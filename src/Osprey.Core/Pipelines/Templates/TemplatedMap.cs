using System.Text.Json;

namespace Osprey.Core.Pipelines.Templates;

/// <summary>A settings map (keys in written order) whose values may hold templates.</summary>
public sealed class TemplatedMap(IReadOnlyList<KeyValuePair<string, TemplatedValue>> entries) : TemplatedValue
{
    /// <summary>Gets an empty map.</summary>
    public static TemplatedMap Empty { get; } = new([]);

    /// <summary>Gets the entries in written order.</summary>
    public IReadOnlyList<KeyValuePair<string, TemplatedValue>> Entries { get; } = entries;

    /// <summary>Gets the value of a key, or null.</summary>
    public TemplatedValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

    public override IEnumerable<TemplateSite> Sites(string path) =>
        Entries.SelectMany(e => e.Value.Sites($"{path}.{e.Key}"));

    internal override void Write(Utf8JsonWriter writer, ITemplateScope scope, string path)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in Entries)
        {
            writer.WritePropertyName(key);
            value.Write(writer, scope, $"{path}.{key}");
        }
        writer.WriteEndObject();
    }
}
