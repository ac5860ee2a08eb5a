using System.Text.Json;
using Osprey.Core.Pipelines.Yaml;
using YamlDotNet.Core;

namespace Osprey.Core.Monitoring.Checks.Yaml;

/// <summary>Turns JSON (settings as a task receives them) into spec nodes, so inline checks are read by the same code as suite files.</summary>
internal static class JsonSpecNodes
{
    private static readonly SourceMark Nowhere = new(0, 0);

    public static SpecNode From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new SpecMapping([.. element.EnumerateObject().Select(p =>
            new KeyValuePair<SpecScalar, SpecNode>(new SpecScalar(p.Name, ScalarStyle.DoubleQuoted, Nowhere, Nowhere), From(p.Value)))], Nowhere),
        JsonValueKind.Array => new SpecSequence([.. element.EnumerateArray().Select(From)], Nowhere),
        JsonValueKind.String => new SpecScalar(element.GetString()!, ScalarStyle.DoubleQuoted, Nowhere, Nowhere),
        JsonValueKind.Null or JsonValueKind.Undefined => new SpecScalar("", ScalarStyle.Plain, Nowhere, Nowhere),
        _ => new SpecScalar(element.GetRawText(), ScalarStyle.Plain, Nowhere, Nowhere),
    };
}
