using System.Text.Json;
using System.Text.Json.Nodes;
using Osprey.Core.Data;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Osprey.Core.Learning.Jobs;

/// <summary>Applies a schema file written in JSON or YAML (<c>.yaml</c>/<c>.yml</c>); YAML is translated to the JSON form <see cref="SchemaFile"/> reads.</summary>
internal static class SchemaFiles
{
    /// <summary>Returns the options with the file applied; throws <see cref="ErrorCode.NotFound"/> when absent and <see cref="ErrorCode.InvalidParameter"/> naming the bad entry.</summary>
    public static CsvOptions Apply(CsvOptions options, string path)
    {
        var extension = Path.GetExtension(path);
        if (!extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return SchemaFile.Apply(options, path);
        }
        if (!File.Exists(path))
        {
            throw OspreyException.NotFound($"The schema file '{path}' does not exist.");
        }
        var json = ToJson(File.ReadAllText(path), path);
        // SchemaFile reads files and names them in its messages, so the translation gets the YAML file's own name.
        var folder = Directory.CreateTempSubdirectory("osprey-schema-");
        try
        {
            var translated = Path.Combine(folder.FullName, Path.GetFileName(path));
            File.WriteAllText(translated, json);
            return SchemaFile.Apply(options, translated);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string ToJson(string yaml, string path)
    {
        try
        {
            var value = new DeserializerBuilder().Build().Deserialize<object?>(yaml);
            return (ToNode(value) ?? new JsonObject()).ToJsonString();
        }
        catch (YamlException error)
        {
            throw OspreyException.Invalid($"The schema file '{path}' is not valid YAML (line {error.Start.Line}): {error.Message}");
        }
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        IDictionary<object, object?> map => new JsonObject(map.Select(p => KeyValuePair.Create(p.Key.ToString() ?? "", ToNode(p.Value)))),
        IEnumerable<object?> list when value is not string => new JsonArray(list.Select(ToNode).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };
}
