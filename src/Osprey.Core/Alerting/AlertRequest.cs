namespace Osprey.Core.Alerting;

/// <summary>A source's report of trouble, shaped like Opsgenie's create-alert request; the alias is the de-duplication key (one open alert per alias).</summary>
public sealed record AlertRequest(
    string Message,
    string? Alias = null,
    AlertPriority Priority = AlertPriority.P3,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyDictionary<string, string>? Details = null,
    string? Entity = null,
    string? Source = null,
    string? Description = null,
    IReadOnlyList<string>? Actions = null,
    IReadOnlyList<AlertResponder>? Responders = null,
    string? User = null,
    string? Note = null);
