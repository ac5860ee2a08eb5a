namespace Osprey.Core.Alerting.Alerts;

/// <summary>Which alerts to list, newest first: every filter given must match (tags and alias exactly), creation time within [<paramref name="CreatedFrom"/>, <paramref name="CreatedTo"/>) in Unix milliseconds.</summary>
public sealed record AlertQuery(
    AlertStatus? Status = null,
    AlertPriority? Priority = null,
    string? Tag = null,
    string? Team = null,
    string? Entity = null,
    string? Source = null,
    string? Alias = null,
    long? CreatedFrom = null,
    long? CreatedTo = null,
    int Offset = 0,
    int Limit = AlertQuery.DefaultLimit)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
