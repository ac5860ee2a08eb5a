namespace Osprey.Core.Alerting.Alerts;

/// <summary>A validated request that opens an alert unless its alias is already open: the id to use, the time, the actor and the route chosen for it.</summary>
public sealed record NewAlert(string Id, AlertRequest Request, string Alias, long At, string? Actor, AlertRoute Route);
