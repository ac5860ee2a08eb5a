namespace Osprey.Core.Alerting.Alerts;

/// <summary>One page of a listing and how many alerts match in all.</summary>
public sealed record AlertPage(IReadOnlyList<Alert> Alerts, int Total, int Offset);
