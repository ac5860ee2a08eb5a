using System.Text.Json;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Small conveniences for reading task outputs.</summary>
internal static class JsonElementExtensions
{
    /// <summary>Gets an array's length, or 1 for any other value.</summary>
    public static int GetArrayLengthOrOne(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : 1;
}
