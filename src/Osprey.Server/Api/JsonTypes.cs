using Osprey.Server.Contracts;

namespace Osprey.Server.Api;

/// <summary>Short access to the source-generated JSON metadata (<c>using static</c> it and write <c>Json.RunResponse</c>).</summary>
internal static class JsonTypes
{
    /// <summary>The server's JSON context.</summary>
    public static OspreyJsonContext Json => OspreyJsonContext.Default;
}
