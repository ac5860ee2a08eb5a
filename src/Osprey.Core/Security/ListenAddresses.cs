using System.Net;

namespace Osprey.Core.Security;

/// <summary>Tells (for both servers) whether listen URLs such as <c>http://127.0.0.1:5000;http://0.0.0.0:8080</c> are reachable from loopback only.</summary>
public static class ListenAddresses
{
    /// <summary>Splits a ';'-separated URL list.</summary>
    public static IReadOnlyList<string> Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Returns true when every URL names localhost or a loopback IP; wildcards (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) and host names are not loopback.</summary>
    public static bool AreLoopbackOnly(string urls)
    {
        var list = Split(urls);
        return list.Count > 0 && list.All(IsLoopback);
    }

    /// <summary>Returns true when a single URL listens on loopback only.</summary>
    public static bool IsLoopback(string url)
    {
        var host = HostOf(url);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    private static string HostOf(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start >= 0 ? url[(start + 3)..] : url;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash >= 0 ? rest[..slash] : rest;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? authority[..(close + 1)] : authority;
        }
        var colon = authority.LastIndexOf(':');
        return colon >= 0 ? authority[..colon] : authority;
    }
}
