namespace Osprey.Server.Security;

/// <summary>Endpoint metadata saying who may call an endpoint when tokens are required; endpoints without it need a token.</summary>
public sealed class EndpointAccess
{
    private EndpointAccess(bool alwaysOpen) => AlwaysOpen = alwaysOpen;

    /// <summary>A read-only endpoint: open to everyone when the server allows public reads.</summary>
    public static EndpointAccess Read { get; } = new(false);

    /// <summary>An endpoint that never needs a token (health, version, unknown paths).</summary>
    public static EndpointAccess Open { get; } = new(true);

    /// <summary>Gets whether the endpoint is open even when reads are not public.</summary>
    public bool AlwaysOpen { get; }
}
