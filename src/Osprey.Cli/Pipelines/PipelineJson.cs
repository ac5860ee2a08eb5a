using System.Text.Json;
using Osprey.Server.Pipelines.Contracts;

namespace Osprey.Cli.Pipelines;

/// <summary>The <c>--json</c> output of pipeline commands: the documents the REST API answers with.</summary>
internal static class PipelineJson
{
    private static readonly JsonSerializerOptions Options = new(PipelineJsonContext.Default.Options) { WriteIndented = true };

    public static void Write<T>(Terminal terminal, T value) => terminal.Json(value, Options);

    /// <summary>Reads <c>--param name=value</c> options: the value is JSON when it parses (<c>0.8</c>, <c>true</c>, <c>[1,2]</c>), else text.</summary>
    public static Dictionary<string, JsonElement>? Params(IReadOnlyList<string>? options)
    {
        if (options is null || options.Count == 0)
        {
            return null;
        }
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw Core.OspreyException.Invalid($"'--param' takes name=value, got '{option}'.");
            }
            values[option[..equals]] = Value(option[(equals + 1)..]);
        }
        return values;
    }

    private static JsonElement Value(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
