using System.Globalization;
using System.Text.Json;

namespace Osprey.Core.Pipelines.Templates;

/// <summary>A settings list whose items may hold templates.</summary>
public sealed class TemplatedList(IReadOnlyList<TemplatedValue> items) : TemplatedValue
{
    /// <summary>Gets the items.</summary>
    public IReadOnlyList<TemplatedValue> Items { get; } = items;

    public override IEnumerable<TemplateSite> Sites(string path) =>
        Items.SelectMany((item, i) => item.Sites(ItemPath(path, i)));

    internal override void Write(Utf8JsonWriter writer, ITemplateScope scope, string path)
    {
        writer.WriteStartArray();
        for (var i = 0; i < Items.Count; i++)
        {
            Items[i].Write(writer, scope, ItemPath(path, i));
        }
        writer.WriteEndArray();
    }

    private static string ItemPath(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";
}
