using System.Security.Cryptography;

namespace Osprey.Core.Alerting.Heartbeats;

/// <summary>Creates and checks heartbeat ping tokens: 24 random bytes in URL-safe base64 (32 characters), unguessable and safe in a path.</summary>
public static class HeartbeatTokens
{
    private const int Bytes = 24;

    /// <summary>Returns a new random token.</summary>
    public static string Create() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(Bytes)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    /// <summary>Returns whether <paramref name="token"/> is spelled like a token (16 to 128 URL-safe characters), so that a user-chosen one is still safe in a URL.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: >= 16 and <= 128 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
