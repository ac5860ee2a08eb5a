using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Osprey.Core.Pipelines.Tasks;

/// <summary>The outputs a task hands downstream: a small JSON map, read from <c>::output key=value</c> lines and from the <c>$OSPREY_OUTPUTS</c> file.</summary>
public static partial class TaskOutputs
{
    /// <summary>The largest outputs map accepted, as JSON (outputs travel through the store and templates; data belongs in files).</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The prefix of an output line on a task's standard output.</summary>
    public const string LinePrefix = "::output ";

    /// <summary>Reads <c>::output key=value</c>: the value is JSON when it parses as JSON (<c>0.83</c>, <c>true</c>, <c>[1,2]</c>, <c>"x"</c>), else text.
    /// Returns false for any other line.</summary>
    public static bool TryParseLine(string line, out string key, out JsonElement value)
    {
        key = "";
        value = default;
        if (!line.StartsWith(LinePrefix, StringComparison.Ordinal))
        {
            return false;
        }
        var match = OutputLine().Match(line[LinePrefix.Length..].TrimEnd('\r'));
        if (!match.Success)
        {
            return false;
        }
        key = match.Groups[1].Value;
        value = Parse(match.Groups[2].Value);
        return true;
    }

    /// <summary>Reads the JSON object a task wrote to its outputs file; an empty or missing file gives an empty map.</summary>
    /// <exception cref="TaskSettingsException">The file holds something other than a JSON object.</exception>
    public static Dictionary<string, JsonElement> ReadFile(string path)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(StringComparer.Ordinal);
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new TaskSettingsException($"the outputs file ($OSPREY_OUTPUTS) must hold a JSON object, got {document.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            }
            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new TaskSettingsException($"the outputs file ($OSPREY_OUTPUTS) is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Returns the size of the outputs as JSON, in bytes.</summary>
    public static int Size(IReadOnlyDictionary<string, JsonElement> outputs) =>
        outputs.Sum(o => Encoding.UTF8.GetByteCount(o.Key) + Encoding.UTF8.GetByteCount(o.Value.GetRawText()) + 4) + 2;

    private static JsonElement Parse(string text)
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

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)=(.*)$", RegexOptions.Singleline)]
    private static partial Regex OutputLine();
}
