namespace Osprey.Server.Api;

/// <summary>Endpoint metadata: the endpoint accepts uploads up to the artifact size limit rather than the JSON limit.</summary>
internal sealed class LargeBody
{
    /// <summary>The single marker instance.</summary>
    public static LargeBody Instance { get; } = new();
}
