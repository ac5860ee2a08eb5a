using System.Text.Encodings.Web;
using System.Text.Json;

namespace Osprey.Core.Pipelines;

/// <summary>How rendered settings and parameters are written as JSON: readable text (no escaping of '+', '&lt;' or non-ASCII letters).</summary>
/// <remarks>The JSON goes to workers and the store, never straight into HTML; pages that show it encode it like any other text.</remarks>
internal static class JsonWriting
{
    public static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
