using System.Net;

namespace Osprey.Serving.Hosting;

/// <summary>Tells whether listen URLs such as <c>http://127.0.0.1:8080</c> are reachable from this machine only.</summary>
public static class LoopbackUrls
{
    /// <summary>Returns true when every ';'-separated URL names localhost or a loopback address; wildcards and host names are not loopback.</summary>
    public static bool AreLoopbackOnly(string urls)
    {
        var list = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return list.Length > 0 && list.All(IsLoopback);
    }

    private static bool IsLoopback(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var authority = rest.Split('/')[0];
        var host = authority.StartsWith('[') ? authority[..(authority.IndexOf(']', StringComparison.Ordinal) + 1)]
            : authority.Contains(':', StringComparison.Ordinal) ? authority[..authority.LastIndexOf(':')] : authority;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
