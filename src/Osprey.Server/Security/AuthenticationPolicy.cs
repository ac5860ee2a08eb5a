namespace Osprey.Server.Security;

/// <summary>Whether requests need a token, and whether read-only endpoints are open to everyone anyway.</summary>
public sealed record AuthenticationPolicy(bool TokensRequired, bool PublicRead);
