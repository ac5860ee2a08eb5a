using System.Text.Json;
using System.Text.Json.Serialization;

namespace Osprey.Serving.Protocol;

/// <summary>The JSON settings of the serving API's small responses and requests: snake_case names, nulls omitted.</summary>
internal static class ServingJson
{
    /// <summary>Gets the options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
