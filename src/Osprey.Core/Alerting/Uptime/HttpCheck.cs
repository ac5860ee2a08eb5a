namespace Osprey.Core.Alerting.Uptime;

/// <summary>How an HTTP(S) monitor checks its URL; a check fails on a timeout, an unexpected status, a missing required keyword, a present forbidden keyword, or a response slower than <paramref name="MaxResponseTime"/>.</summary>
/// <param name="ExpectedStatus">The accepted status codes; empty means any 2xx.</param>
public sealed record HttpCheck(
    Uri Url,
    string Method,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    TimeSpan Timeout,
    IReadOnlyList<int> ExpectedStatus,
    string? Keyword,
    string? KeywordAbsent,
    TimeSpan? MaxResponseTime);
