using System.Text.Encodings.Web;
using System.Text.Json;
using Osprey.Server.Contracts;

namespace Osprey.Server.Api;

/// <summary>Short access to the source-generated JSON metadata (<c>using static</c> it and write <c>Json.RunResponse</c>).</summary>
internal static class JsonTypes
{
    /// <summary>The server's JSON context; quotes and angle brackets stay readable in messages, as in MLflow's responses (bodies are JSON, never HTML).</summary>
    public static OspreyJsonContext Json { get; } = new(new JsonSerializerOptions(OspreyJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
