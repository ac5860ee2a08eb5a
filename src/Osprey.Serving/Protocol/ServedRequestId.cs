using System.Text.Json;
using Osprey.Core.Serving;

namespace Osprey.Serving.Protocol;

/// <summary>A request's id: the one the client sent (body <c>id</c> or <c>X-Request-Id</c>), or a generated number formatted only when needed.</summary>
internal readonly record struct ServedRequestId(string? Given, ulong Number)
{
    /// <summary>The header a client may send its own id in.</summary>
    public const string Header = "X-Request-Id";

    /// <summary>Writes the id as a string property without allocating.</summary>
    public void Write(Utf8JsonWriter json, JsonEncodedText name)
    {
        if (Given is not null)
        {
            json.WriteString(name, Given);
            return;
        }
        Span<char> text = stackalloc char[RequestIdSource.Length];
        RequestIdSource.Format(Number, text);
        json.WriteString(name, text);
    }

    /// <summary>Returns the id as text.</summary>
    public override string ToString() => Given ?? RequestIdSource.Format(Number);
}
